/** English messages of the summary above the results; registered by summary-messages.ts. */
export const enSummary = {
	'summary.title': 'The answer in brief',
	/** A system edited away from its preset, as its card's title says it ('system.editedTitle'). */
	'summary.editedName': '{name}, edited',
	'summary.hardware':
		'{system} ({chips} {chips:chip|chips}) has {compute} the {precision} compute of {reference} ({referenceChips} {referenceChips:chip|chips}) and {hbm} its HBM capacity, at {power} the power.',
	'summary.hardwareNoCompute':
		'{who} has no {precision} compute figure, nor any precision both systems have one for; {system} ({chips} {chips:chip|chips}) has {hbm} the HBM of {reference} ({referenceChips} {referenceChips:chip|chips}), at {power} the power.',
	'summary.hardwareNoComputeBoth':
		'Neither {reference} nor {system} publishes a compute figure at {precision}, nor at any precision both have one for; {system} ({chips} {chips:chip|chips}) has {hbm} the HBM of {reference} ({referenceChips} {referenceChips:chip|chips}), at {power} the power.',
	'summary.hardwareOtherPrecisionBoth':
		'Neither {reference} nor {system} publishes a compute figure at {precision}; at {other}, {system} ({chips} {chips:chip|chips}) has {compute} the compute of {reference} ({referenceChips} {referenceChips:chip|chips}) and {hbm} its HBM capacity, at {power} the power.',
	'summary.hardwareOtherPrecision':
		'{who} has no {precision} compute figure; at {other}, {system} ({chips} {chips:chip|chips}) has {compute} the compute of {reference} ({referenceChips} {referenceChips:chip|chips}) and {hbm} its HBM capacity, at {power} the power.',
	'summary.inference':
		'For {model} at {target} tokens/s per user, {system} delivers {perChip} the output tokens per chip of {reference} ({perWatt} per watt), limited by {bound} ({reference}: {referenceBound}).',
	'summary.inferenceBothBound':
		'For {model} at {target} tokens/s per user, {system} delivers {perChip} the output tokens per chip of {reference} ({perWatt} per watt); both are limited by {bound}.',
	'summary.inferenceSameSpeed':
		'At the same speed, {system} delivers {perChip} the output tokens per chip of {reference} ({perWatt} per watt), limited by {bound}.',
	'summary.inferenceMissing':
		'For {model} at {target} tokens/s per user, {system} cannot be set against {reference}: {who} has no operating point at that speed.',
	'summary.inferenceMissingWhy':
		'For {model} at {target} tokens/s per user, {system} cannot be set against {reference}. {who}: {why}',
	'summary.inferenceMissingBoth':
		'For {model} at {target} tokens/s per user, neither {system} nor {reference} has an operating point. {system}: {why} {reference}: {referenceWhy}',
	'summary.training':
		'Training {model} on clusters of the same size ({chips} {chips:chip|chips} each), {system} takes {time} the time of {reference}, limited by {bound}.',
	'summary.trainingUnequal':
		'Training {model} on clusters of different sizes, per chip {system} delivers {perChip} the tokens/s of {reference}, limited by {bound}; its {chips} {chips:chip|chips} take {time} the time of {reference}’s {referenceChips}, a figure that mostly counts their chips.',
	'summary.neverFinishes':
		'These times leave interruptions out: with them, {who} never finishes (no goodput is left; see Reliability).',
	'summary.nearEdge':
		'{who} serves this target close to its top speed (a mean of {fastest} tokens/s per user); near it, tokens per chip drop sharply as speed rises, so quote this ratio with its target.',
	'summary.steep':
		'The ratio is steep here: at {speed} tokens/s per user, {percent}% slower, it is {ratio}, where {who}’s tokens per chip are {change} its figure at the target; quote it with its target.',
	'summary.steepFaster':
		'The ratio is steep here: at {speed} tokens/s per user, {percent}% faster, it is {ratio}, where {who}’s tokens per chip are {change} its figure at the target; quote it with its target.',
	/**
	 * A ratio about 1 though the systems differ: {bound} limits both and is {value} per chip on
	 * each; {differs} lists the figures they differ in.
	 */
	'summary.equal.hardware':
		'{system} matches {reference} in {bound}, {value} per chip on each; what they differ in ({differs}) does not enter the compute ratio.',
	'summary.equal.inference':
		'{system} matches {reference} per chip: both are limited by {bound}, {value} per chip on each; what they differ in ({differs}) does not limit it here.',
	'summary.equal.training':
		'{system} trains as fast per chip as {reference}: both are limited by {bound}, {value} per chip on each; what they differ in ({differs}) does not limit it here.',
	/**
	 * A training ratio away from 1 though {bound} limits both and is {value} per chip on each: the
	 * layout each picks ({layout}: "PP16 · EP2") and its MFU; with Room, the faster one's layout
	 * needs more HBM per chip ({needs}) than the slower one has ({has}).
	 */
	'summary.differ.training':
		'Both are limited by {bound}, {value} per chip on each; the gap is the layout each picks: {system} runs {layout} at {mfu} MFU, {reference} runs {referenceLayout} at {referenceMfu}.',
	'summary.differ.trainingRoom':
		'Both are limited by {bound}, {value} per chip on each; the gap is the layout each picks: {system} runs {layout} at {mfu} MFU, {reference} runs {referenceLayout} at {referenceMfu}; {faster}’s layout needs {needs} of HBM per chip, and {slower} has {has}.',
	'summary.assumed': 'Resting on assumptions: {list}.',
	'summary.assumedOf': '{system}’s {figures}',
	'summary.figure.allInPowerPerChipW': 'all-in power',
	'summary.figure.hbmBytes': 'HBM capacity',
	'summary.figure.hbmBytesPerS': 'HBM bandwidth',
	'summary.figure.scaleUpBytesPerS': 'scale-up bandwidth',
	'summary.figure.scaleOutBytesPerS': 'scale-out bandwidth',
	'summary.figure.hopLatencyS': 'scale-up hop latency',
	'summary.figure.oversubscription': 'scale-out oversubscription',
	'summary.figure.softwareCarried': 'software fraction ({value}, {family}’s fit)',
	'summary.figure.softwarePrior':
		'software fraction ({value}, assumed: the mean of the fitted chip families)',
	'summary.figure.compute': '{precision} compute',
	'summary.figure.scaleUpDomainChips': 'scale-up domain size',
	'summary.figure.chips': 'chip count',
	'summary.figure.power': 'power',
	'summary.servesIn': '{system} serves in {mine}, {reference} in {theirs}.',
	'summary.trainsIn': '{system} trains in {mine}, {reference} in {theirs}.',
	'summary.trainingComputing': 'Training {system} against {reference}: computing…',
	'summary.trainingMissing':
		'Training {model}: {who} has no estimate with these settings. {why} See the Training view.',
	'summary.trainingMissingHere':
		'Training {model}: {who} has no estimate with these settings. {why}',
	'summary.trainingMissingBoth':
		'Training {model}: neither {system} nor {reference} has an estimate with these settings. {system}: {why} {reference}: {referenceWhy} See the Training view.',
	'summary.trainingMissingBothHere':
		'Training {model}: neither {system} nor {reference} has an estimate with these settings. {system}: {why} {reference}: {referenceWhy}',
	'summary.soloHardware':
		'{system} ({chips} {chips:chip|chips}) has {compute} of {precision} compute and {hbm} of HBM, at {power}.',
	'summary.soloHardwareNoCompute':
		'{system} ({chips} {chips:chip|chips}) has no {precision} compute figure; it has {hbm} of HBM, at {power}.',
	'summary.soloHardwareOtherPrecision':
		'{system} ({chips} {chips:chip|chips}) has no {precision} compute figure; it has {compute} of {other} compute and {hbm} of HBM, at {power}.',
	'summary.soloInference':
		'For {model} at {target} tokens/s per user, {system} delivers {tokens} output tokens/s per chip, limited by {bound}.',
	'summary.soloInferenceNone':
		'For {model} at {target} tokens/s per user, there is no estimate for {system}.',
	'summary.soloInferenceMissing':
		'For {model} at {target} tokens/s per user, there is no estimate for {system}: {why}',
	'summary.soloTraining':
		'Training {model} on {chips} {chips:chip|chips}, {system} takes {time}, limited by {bound}.',
	'summary.soloTrainingComputing': 'Training {system}: computing…',
	'summary.more': 'More for every system: {topics} ({count} sentences)',
	'summary.topic.hardware': 'hardware',
	'summary.topic.inference': 'inference',
	'summary.topic.training': 'training',
	'summary.formula': 'Show the formula for {what}',
	'summary.formulaHide': 'Hide the formula for {what}',
	'summary.whatIf': 'What if…? Make this the baseline',
	'summary.whatIfHint': 'Then edit anything: the summary says what each edit changed.',
	'summary.whatIfClear': 'Drop the baseline',
	'summary.baselineInLink':
		'The link holds the baseline too: a reload or a copied link states the same edits.',
	'summary.baselineSame': 'Baseline set. Nothing differs from it yet.',
	'summary.edits': 'Since the baseline: {edits}.',
	'summary.editLabel': '{name} ({slot})',
	'summary.editRatio': '{label} ×{ratio}',
	'summary.editValue': '{label} {before} → {after}',
	/** A scale-up domain the chip count took down with it (a domain fits in its system). */
	'summary.editFollowedChips': '{edit}, following the chips',
	/** The systems moved: the baseline's slots in order, then whose system each slot holds now. */
	'summary.editReordered': 'the systems’ order {before} → {after}',
	'summary.editReorderedNames': 'the systems reordered: {order}',
	'summary.editRemoved': '{system} removed',
	'summary.editAdded': '{system} added',
	'summary.moved': '{system}: {inference}, {training}.',
	'summary.moved.inference': 'tokens per chip at the target {change}',
	'summary.moved.inferenceNoneNow': 'no operating point at the target now (the baseline had one)',
	'summary.moved.inferenceNoneBaseline':
		'an operating point at the target now (none in the baseline)',
	'summary.moved.inferenceNoneEither': 'no operating point at the target, in the baseline or now',
	'summary.moved.training': 'time to train {change}',
	// Not "none": the time to train is also missing while training's worker computes.
	'summary.moved.trainingNoneNow': 'time to train not known now (the baseline had one)',
	'summary.moved.trainingNoneBaseline': 'time to train not known in the baseline',
	'summary.moved.trainingNoneEither': 'time to train not known, in the baseline or now',
	'summary.movedNone': 'The headline figures did not move.',
	'summary.notInBaseline': '{system} is not in the baseline: nothing to compare it with.'
} as const;
