/** English messages for the training, energy and reliability views; registered by training-messages.ts. */
export const enTraining = {
	'training.title': 'LLM training: time to train and how it scales',
	'training.intro':
		'A first-order step time from compute, HBM and the traffic each parallel layout puts on the scale-up and scale-out fabrics.',
	'training.model': 'Model: {model} ({params} parameters without the embedding table)',
	'training.field.tokensToTrain': 'Tokens to train',
	'training.field.globalBatchTokens': 'Global batch per step',
	'training.field.sequenceTokens': 'Sequence length',
	'training.field.overlap': 'Communication hidden behind compute',
	'training.field.precision': 'Training precision (matrix math)',
	'training.field.systems': 'Systems joined: {system}',
	'training.unit.trillionTokens': 'T tokens',
	'training.unit.minutes': 'min',
	'training.unit.hours': 'h',
	'training.unit.seconds': 's',
	'training.unit.percent': '%',
	'training.unit.systems': '{systems:system|systems}',
	'training.totalChips':
		'{chips} {chips:chip|chips} in all; scale-up domain {domain} {domain:chip|chips}',
	'training.computing': 'Computing… the layout search runs in the background.',
	/** Model FLOPs utilisation; Chinese writing keeps the English acronym. */
	'training.mfu': 'MFU',
	'training.workerFailed':
		'The training model could not start (offline?), so training figures are missing. It is tried again when an input changes or this view is opened again.',
	'training.ratioLine':
		'{system} ({chips} {chips:chip|chips}) against {reference} ({referenceChips} {referenceChips:chip|chips}): {time} the time to train, {perChip} the tokens/s per chip; MFU {mfu} against {referenceMfu}.',
	'training.precisionFallback':
		'{system} has no {wanted} figure: it trains in {used}, and its MFU is against its {used} peak.',
	'training.unequalSizes':
		'The clusters differ in size: the time to train mostly says how many chips each has, and the tokens/s per chip moves with size too (the same global batch is spread over more chips).',
	'training.matchChips':
		'Join {systems} × {system} ({chips} {chips:chip|chips}) to match {reference}',
	'training.nearChips':
		'Join {systems} × {system} ({chips} {chips:chip|chips}), nearest to {reference} ({referenceChips} {referenceChips:chip|chips})',
	'training.ratioComputing': '{system} against {reference}: computing…',
	// The reason is a sentence of its own (the training card shows it alone, capitalised): the
	// name is said once, before it, not again as a label (helper-153).
	'training.ratioMissing': '{system} cannot be compared with {reference}. {why}',
	'training.ratioMissingReference':
		'{system} cannot be compared with {reference}, which has no estimate. {why}',
	'training.ratioMissingBoth':
		'Neither {system} nor {reference} has an estimate. {system}: {why} {reference}: {referenceWhy}',
	'training.ratioMissingBothSame': 'Neither {system} nor {reference} has an estimate. {why}',
	// Leading spaces: each follows a figure or name (Chinese brackets carry their own).
	'training.overlapRange': ' ({low} with perfect overlap to {high} with none)',
	'training.layout': 'Parallel layout',
	'training.layoutAuto': 'automatic: fastest of {n} tried',
	'training.layoutPinned': 'pinned by you',
	'training.listEnd': '; ',
	'training.listComma': ', ',
	'training.layoutMicrobatches': '{n} {n:microbatch|microbatches} per step',
	'training.layoutInterleave': '{n} interleaved chunks per stage',
	'training.recompute.selective': 'selective recompute',
	'training.recompute.full': 'full recompute',
	'training.stepTime': 'Time per step',
	'training.bound': 'Bound by',
	'training.timeToTrain': 'Time to train',
	'training.withInterruptions': 'With interruptions',
	'training.withGoodput': '{time} at {goodput} goodput',
	'training.goodputZero':
		'never finishes: interruptions arrive faster than the job can checkpoint and restart',
	'training.throughput': 'Throughput',
	'training.tokensPerS': '{value}\u00a0tokens/s',
	'training.throughputValue': '{total}; {perChip}',
	'training.perChip': '{value} per chip',
	'training.perChipIdle': '{value} per chip of all {chips} ({used} in use)',
	'training.chipHours': 'Chip-hours',
	'training.chipHoursValue': '{value}\u00a0chip-hours',
	'training.memory': 'HBM per chip',
	'training.memoryValue': '{used} of {hbm}',
	'training.bubble': 'Pipeline bubble',
	'training.breakdown': 'Where a step’s time goes (per chip)',
	'training.part.computeS': 'Compute (GEMMs at FLOPs or HBM, then memory-bound kernels)',
	'training.part.bubbleS': 'Pipeline bubble',
	'training.part.tensorParallelS': 'Tensor-parallel traffic',
	'training.part.contextParallelS': 'Context-parallel traffic',
	'training.part.pipelineS': 'Pipeline sends',
	'training.part.expertS': 'Expert all-to-all',
	'training.part.dataParallelS': 'Gradient reduce (data parallel)',
	'training.part.scaleUpS': 'All traffic on scale-up links',
	'training.part.scaleOutS': 'All traffic on the scale-out network',
	'training.layoutEditor': 'Set the parallel layout yourself',
	'training.layoutEditorAuto':
		'The model picks the fastest layout that fits in HBM. Change any degree to pin a layout, starting from the one shown.',
	'training.layoutEditorPinned':
		'Your layout is pinned: the model times it as given, idle chips included. One that cannot be built for this model, or does not fit in HBM, gets no time: it cannot run.',
	'training.layoutField.tp': 'TP (tensor parallel)',
	'training.layoutField.pp': 'PP (pipeline stages)',
	'training.layoutField.ep': 'EP (expert parallel)',
	'training.layoutField.dp': 'DP (data parallel)',
	'training.layoutField.cp': 'CP (context parallel)',
	'training.layoutField.virtualStages': 'Interleaved chunks per stage',
	'training.layoutField.microbatches': 'Microbatches per step',
	'training.layoutField.fsdp': 'FSDP: shard weights, gradients and optimizer state over DP',
	'training.useAutomatic': 'Use the automatic layout',
	'training.noPrecision':
		'No dense {precision} figure for this chip: pick another training precision.',
	'training.noPrecisionRemoved':
		'The preset’s dense {precision} figure was removed: enter it again, or pick another training precision.',
	'training.noLayoutFits':
		'No layout tried on {chips} {chips:chip|chips} fits in HBM: join more systems or use a smaller model.',
	'training.layoutNeedsChips':
		'The pinned layout needs {used} {used:chip|chips}; these systems have {chips}.',
	'training.layoutDoesNotFit':
		'The pinned layout needs {need} of HBM per chip and a chip has {hbm}: it cannot run. Add tensor or pipeline parallelism (or expert parallelism for a mixture of experts), shard with FSDP, or let the model choose the layout.',
	'training.layoutProblem.stages':
		'The pinned layout has {pp} pipeline stages; the model has {layers} layers.',
	'training.layoutProblem.chunks':
		'The pinned layout makes {chunks} interleaved chunks (stages × chunks per stage); the model has {layers} layers.',
	'training.layoutProblem.heads': 'TP{tp} does not divide the model’s {heads} query heads.',
	'training.layoutProblem.dense-ep':
		'EP{ep} on a dense model: it has no experts to split. Set EP to 1.',
	'training.layoutProblem.experts': 'EP{ep} does not divide the model’s {experts} routed experts.',
	'training.layoutProblem.ep-width':
		'EP{ep} does not divide TP × CP × DP ({width}), the ranks expert groups are made of.',
	'training.layoutInvalid': 'Every parallel degree must be a whole number of at least 1.',
	'training.unavailable.unsupported': 'unsupported on this chip',
	'training.unavailable.unknown': 'not cited',
	'training.unavailable.removed': 'none (removed)',
	'training.unavailable.not-applicable': 'no figure for this case',
	'training.warning.layout-leaves-chips-idle':
		'{idle} {idle:chip sits|chips sit} idle: the layout uses {used}. Tokens/s per chip counts every chip, idle ones too; MFU and chip-hours count only the chips in use.',
	'training.warning.tensor-parallel-leaves-scale-up-domain':
		'TP{tp} is larger than the scale-up domain ({domain} {domain:chip|chips}): each of its collectives crosses the scale-out network for the share between domains.',

	'training.computingShort': 'computing…',

	'energy.title': 'Energy and cost',
	'energy.noServing': '{system} has no per-token figures: {reason}',
	// The training view's reasons are sentences (capitalised): this one's follows as its own.
	'energy.noTraining': '{system} has no training-run energy or cost. {reason}',
	'energy.neverFinishes':
		'With interruptions counted, the run never finishes (they arrive faster than it can checkpoint and restart; see Reliability).',
	'energy.intro':
		'Chips are taken to draw their all-in power (their share of CPUs, switches, optics and, for NVL72 and CM384, in-rack cooling) whenever they serve or train: an upper bound, since decode and idle draw less.',
	'energy.pue': 'PUE (facility power ÷ IT power)',
	'energy.assumptionBadge': 'assumption',
	'energy.pueNote':
		'No cited source gives a PUE; 1.2 is a round value for a modern liquid-cooled hall. The NVL72 and CM384 all-in figures already include a cooling share, so PUE on top double counts a little.',
	'energy.perTokenTitle': 'Energy per token and per training run',
	'energy.perTokenCaption':
		'Serving at the inference view’s operating point: prefill for input tokens, decode at the target speed for output tokens. J per token is IT energy at all-in power; tokens/s per MW and MWh include PUE. Each phase is charged its own chips: served disaggregated, output tokens the decode chips’ power, input tokens the prefill chips’. So tokens/s per MW here is per MW of one phase’s chips; the power envelope below counts the whole deployment, prefill chips included, as the inference view’s per-watt ratio does, but in whole systems: its ratio differs from that one by the share of the budget each leaves unused (facility power drawn). The run is the training view’s.',
	'energy.system': 'System',
	'energy.inputJ': 'J per input token',
	'energy.outputJ': 'J per output token',
	'energy.inputPerMW': 'Input tokens/s per facility MW',
	'energy.outputPerMW': 'Output tokens/s per facility MW',
	'energy.trainingEnergy': 'Facility energy per training run',
	'energy.trainingMWh': 'MWh per training run (facility)',
	'energy.ratioOutputJ': 'Output J ÷\u00a0{reference} (lower is better)',
	'energy.envelopeTitle': 'Power envelope: what a facility budget holds',
	'energy.budget': 'Facility power budget',
	'energy.envelopeCaption':
		'Whole systems that fit in {budget} of facility power at PUE {pue}, and what they deliver: output tokens/s of the whole deployment at the target speed, prefill chips included; chips a system’s serving copies leave over are taken to serve too (an assumption).',
	'energy.systemsFit': 'Systems that fit',
	'energy.chips': 'Chips',
	'energy.facilityPower': 'Facility power drawn',
	'energy.denseCompute': 'Dense {precision} compute',
	'energy.outputTokensPerS': 'Output tokens/s (serving)',
	'energy.ratioTokens': 'Tokens/s ÷\u00a0{reference}',

	'cost.title': 'Cost',
	'cost.illustrativeBadge': 'Illustrative',
	'cost.illustrativeNote':
		'Every price here is a placeholder for you to edit, not a quote or a fact. Purchase prices start from press-reported system prices where one exists (GB200 NVL72 about $2.5M a rack, CloudMatrix 384 up to $8.2M); the amortisation period and power price are round illustrative values.',
	'cost.mode': 'How the chips are paid for',
	'cost.mode.rental': 'Rent: a price per chip-hour (power included)',
	'cost.mode.ownership': 'Own: purchase price amortised, plus facility power',
	'cost.field.pricePerChipHourUsd': '{system}: price per chip-hour (USD)',
	'cost.field.capexPerChipUsd': '{system}: purchase price per chip (USD)',
	'cost.field.amortisationYears': 'Amortisation period',
	'cost.field.powerPriceUsdPerKWh': 'Power price',
	'cost.unit.years': 'years',
	'cost.unit.year': 'year',
	'cost.unit.usdPerKWh': 'USD/kWh',
	'cost.enterPrice': 'enter a price',
	'cost.capexBasis': 'press-reported system price ÷ chips: a reported figure, not a quote.',
	'cost.noDefault': 'No default: Rackscale has no price for this system. Enter your own.',
	'cost.yourPrice': 'Your price.',
	'cost.ownershipUntilRental':
		'No rental price: the costs below are its ownership estimate until you enter one.',
	'cost.basis.amortisationYears': 'Straight-line, over a common server depreciation period.',
	'cost.basis.powerPriceUsdPerKWh': 'A round industrial electricity price; PUE applies on top.',
	'cost.caption':
		'From the prices above: illustrative, not quotes. Tokens at the serving operating point, input and output each priced on its own chips (the inference view’s cost curve charges every chip to the output tokens); the run is the training view’s, charged for every chip of its job, idle ones too, over its time with failures (so it can exceed chip-hours × the price).',
	/** Every figure rests on prices and settings the reader entered: none is illustrative. */
	'cost.captionEntered':
		'From the prices you entered above: model estimates, not quotes. Tokens at the serving operating point, input and output each priced on its own chips (the inference view’s cost curve charges every chip to the output tokens); the run is the training view’s, charged for every chip of its job, idle ones too, over its time with failures (so it can exceed chip-hours × the price).',
	'cost.perChipHour': 'USD per chip-hour',
	'cost.perMillionInput': 'USD per million input tokens (prefill chips)',
	'cost.perMillionOutput': 'USD per million output tokens (decode chips)',
	'cost.perTrainingRun': 'USD per training run',
	'cost.ratioOutput': 'Output cost ÷\u00a0{reference} (lower is better)',
	'cost.needsPrice': 'enter a price',
	'cost.mixedBasis':
		'Different bases: {rented} at a rental price, {owned} at the ownership estimate. Ratios between them set a rental price against an ownership cost.',

	'reliability.title': 'Reliability: interruptions, checkpoints and goodput',
	'reliability.intro':
		'The one public base rate is Meta’s Llama 3 405B run: 419 unexpected interruptions in 54 days on 16,384 H100 GPUs. Every rate below is derived from it or a labelled assumption. A synchronous job stops whenever any of its parts fails.',
	'reliability.ratioLine':
		'{system} ({chips} {chips:chip|chips}) against {reference} ({referenceChips} {referenceChips:chip|chips}): {interruptions} the interruptions per day; goodput {goodput} against {referenceGoodput}; one failure drains {blast} {blast:chip|chips} against {referenceBlast}.',
	/** Jobs of different sizes: a bigger job is interrupted more often just for being bigger. */
	'reliability.ratioLineUnequal':
		'{system} ({chips} {chips:chip|chips}) against {reference} ({referenceChips} {referenceChips:chip|chips}): {interruptions} the interruptions per day for the whole job, {perChip} per chip; goodput {goodput} against {referenceGoodput}; one failure drains {blast} {blast:chip|chips} against {referenceBlast}.',
	'reliability.genericCaveat':
		'{systems} {count:has|have} no cited component inventory: {count:its|their} counts follow the generic rule per chip unless edited, so these ratios say more about that rule than about the design.',
	'reliability.ratioComputing': '{system} against {reference}: computing…',
	'reliability.resultsTitle': 'Interruptions and goodput',
	'reliability.resultsCaption':
		'For the whole job, every system in it. Checkpoint interval by Young/Daly, √(2 × write time × MTBI); goodput is the share of wall time that advances training.',
	'reliability.chipsInJob': 'Chips in the job (all stop at an interruption)',
	'reliability.interruptionsPerDay': 'Interruptions per day',
	'reliability.mtbi': 'Mean time between interruptions',
	'reliability.interval': 'Checkpoint every (Young/Daly)',
	/** An interval shorter than one checkpoint write: no interval lets the job advance. */
	'reliability.intervalOutrun': 'none: a write takes longer',
	'reliability.goodput': 'Goodput',
	'reliability.blastRadius': 'Chips drained per failure (blast radius)',
	'reliability.dominant': 'Most frequent cause',
	'reliability.ratioInterruptions': 'Interruptions ÷\u00a0{reference}',
	'reliability.systemsInJob': '{systems} {systems:system|systems} in the job',
	'reliability.blastNote':
		'Blast radius is an assumption: a failed part’s whole scale-up domain is drained for repair (72 chips for NVL72, 384 for CM384, 8 for an HGX board), because the job lays out its TP, EP and PP groups by domain and the domain shares its fabric. Where optical circuit switches join cubes (TPU7x, TPU v5p), only the failed cube (64 chips, or the domain if smaller): the switches re-form the slice around it.',
	'reliability.byKindTitle': 'Interruptions per day by cause',
	'reliability.component': 'Component',
	'reliability.kind.accelerator': 'Accelerator package',
	'reliability.kind.hbmStack': 'HBM stack',
	'reliability.kind.switchChip': 'Scale-up switch chip',
	'reliability.kind.opticalTransceiver': 'Optical transceiver',
	'reliability.kind.copperLink': 'Copper cable link',
	'reliability.kind.hostCpu': 'Host CPU',
	'reliability.kind.other': 'Everything else (software, NICs, power…)',
	'reliability.fraction.accelerator': 'Accelerator failures that stop the job (share)',
	'reliability.fraction.hbmStack': 'HBM stack failures that stop the job (share)',
	'reliability.fraction.switchChip': 'Scale-up switch chip failures that stop the job (share)',
	'reliability.fraction.opticalTransceiver':
		'Optical transceiver failures that stop the job (share)',
	'reliability.fraction.copperLink': 'Copper cable link failures that stop the job (share)',
	'reliability.fraction.hostCpu': 'Host CPU failures that stop the job (share)',
	'reliability.fraction.other': 'Other failures that stop the job (share)',
	'reliability.checkpointTitle': 'Checkpoint, restart and failure rates',
	'reliability.field.checkpointWriteS': 'Checkpoint write time (job blocked)',
	'reliability.field.restartS': 'Restart time after an interruption',
	'reliability.basis.checkpointWriteS':
		'Asynchronous checkpointing blocks only for the copy out of HBM. With a 600 s restart, Meta’s run could keep above 90% effective training time only with a write of at most 11.8 s; 10 s is taken.',
	'reliability.basis.restartS':
		'Huawei’s claim that CM384 training restarts in under 10 minutes (a vendor claim), applied to every system alike.',
	'reliability.ratesTitle': 'Failure rates per component',
	'reliability.ratesIntro':
		'Job interruptions per million hours of one component. Derived rates divide Meta’s counts by its component-hours; assumptions give their reasoning.',
	'reliability.rateLabel': '{component}: failures per million hours',
	'reliability.unit.perMillionHours': 'per 10⁶ h',
	'reliability.rate.acceleratorPerHour': 'Accelerator package (not HBM)',
	'reliability.rate.hbmStackPerHour': 'HBM stack',
	'reliability.rate.switchChipPerHour': 'Scale-up switch chip',
	'reliability.rate.opticalTransceiverPerHour': 'Optical transceiver',
	'reliability.rate.copperLinkPerHour': 'Copper cable link',
	'reliability.rate.hostCpuPerHour': 'Host CPU',
	'reliability.rate.otherPerAcceleratorPerHour': 'Everything else, per accelerator',
	'reliability.rateNote.acceleratorPerHour':
		'Meta: GPU die at the switch-chip rate + (19 SRAM + 17 system-processor) ÷ 21.2M GPU-hours. Per package: a two-die package (Ascend 910C, B200) is not doubled.',
	'reliability.rateNote.hbmStackPerHour':
		'Meta: 72 HBM3 interruptions ÷ (21.2M GPU-hours × 5 stacks).',
	'reliability.rateNote.switchChipPerHour':
		'No public figure. NVSwitch faults assumed inside Meta’s “faulty GPU (incl. NVLink)” at a GPU die’s per-chip rate: 148 ÷ ((16,384 + 8,192) × 1,296 h).',
	'reliability.rateNote.opticalTransceiverPerHour':
		'No public per-transceiver rate. All 35 Meta network switch & cable interruptions charged to 4 transceivers per GPU (two-tier fabric): pessimistic.',
	'reliability.rateNote.copperLinkPerHour':
		'No public figure. 1/100 of a transceiver, reading NVIDIA’s “orders of magnitude more reliable” claim (vendor) as two orders.',
	'reliability.rateNote.hostCpuPerHour':
		'Meta: 2 CPU interruptions ÷ (21.2M GPU-hours × 2 CPUs per 8 GPUs, an assumed dual-socket host).',
	'reliability.rateNote.otherPerAcceleratorPerHour':
		'Meta: the 126 of the 419 interruptions its published breakdown does not itemise (software, host, NIC, power…) ÷ 21.2M GPU-hours.',
	'reliability.resetRates': 'Reset the failure rates',
	'reliability.inventoryTitle': 'Components per system',
	'reliability.inventoryCaption':
		'Parts per system that can interrupt a job: a preset’s cited inventory where one exists, else a generic rule per chip (an assumption). Edit any count.',
	'reliability.count.accelerators': 'Accelerators',
	'reliability.count.hbmStacks': 'HBM stacks',
	'reliability.count.switchChips': 'Scale-up switch chips',
	'reliability.count.opticalTransceivers': 'Optical transceivers (scale-up + scale-out)',
	'reliability.count.copperLinks': 'Copper cable links',
	// "Where the counts come from" gives the two parts of the optics count a line each.
	'reliability.count.opticsScaleUp': 'Optical transceivers, scale-up',
	'reliability.count.opticsScaleOut': 'Optical transceivers, scale-out',
	'reliability.count.hostCpus': 'Host CPUs',
	'reliability.countLabel': '{component} per system, {system}',
	'reliability.edited': 'edited (preset {value})',
	'reliability.genericCount': 'assumption: generic rule',
	'reliability.resetCounts': 'Preset counts',
	'reliability.resetCountsFor': 'Reset {system}',
	'reliability.inventorySources': 'Where the counts come from',
	'reliability.noInventory':
		'No cited inventory for this system: each count follows one generic rule per chip (8 HBM stacks, a scale-up switch chip per 4 chips (none in a torus or full mesh, whose chips link directly), 4 optical transceivers, no copper links, a host CPU per 2 chips), an assumption taken from GB200 NVL72’s ratios without its copper. Enter the counts you know.',

	'scaleChart.title': 'Scaling: throughput per chip against total chips',
	'scaleChart.workload':
		'Training {model} in {precision}; global batch {batch} tokens, sequences of {sequence} tokens; layout re-chosen at every size',
	'scaleChart.description':
		'Fixed global batch, layout re-chosen at every size, from one scale-up domain to 100,000 chips (log). Dashed lines mark each system’s scale-up domain: past it, gradient and pipeline traffic rides the slower scale-out network.',
	'scaleChart.show': 'Show',
	'scaleChart.metric.perChipEfficiency': 'Per-chip efficiency (vs its own best)',
	'scaleChart.metric.tokensPerSPerChip': 'Tokens/s per chip',
	'scaleChart.keys':
		'Arrow keys: left and right along a curve, up and down between systems. The point is read out below.',
	'scaleChart.xLabel': 'Total chips (log)',
	'scaleChart.yLabel.perChipEfficiency': 'Tokens/s per chip ÷ its best',
	'scaleChart.yLabel.tokensPerSPerChip': 'Training tokens/s per chip (log)',
	'scaleChart.domainMark': '{slot}: {chips}',
	'scaleChart.domainLegend': ' (scale-up domain {chips} {chips:chip|chips}, dashed)',
	'scaleChart.computing': 'Computing the scale curves…',
	'scaleChart.hint': 'Click a point, or focus the chart and use the arrow keys, to read it here.',
	'scaleChart.readoutHead':
		'{slot}: {system}, {chips} {chips:chip|chips} ({domains} {domains:domain|domains})',
	'scaleChart.readoutBody':
		'{perChip} tokens/s per chip, {efficiency} of its best per chip, MFU {mfu}, bound by {bound}; {scaleOut} of communication time on scale-out',
	'scaleChart.noLayout': 'no layout fits in HBM',
	'scaleChart.inUse': '{used} of {chips} {chips:chip|chips} in use',
	// Between the readout's head and its body: the reader's colon.
	'scaleChart.readoutColon': ': ',
	'scaleChart.tableToggle': 'Show the scale curves as tables',
	'scaleChart.tableLabel': 'Scale curve of {system}',
	'scaleChart.col.acrossDomains': 'Groups across domains',
	'scaleChart.noneAcross': 'none',
	'scaleChart.col.chips': 'Chips',
	'scaleChart.col.domains': 'Domains',
	'scaleChart.col.tokensPerS': 'Tokens/s',
	'scaleChart.col.tokensPerSPerChip': 'Tokens/s per chip',
	'scaleChart.col.efficiency': 'Per-chip efficiency',
	'scaleChart.col.scaleOutShare': 'Scale-out share of traffic time',
	'formula.showTraining': 'Show the math of this training estimate',
	// A figure or a note of one system, in a list of several.
	'system.labelled': '{system}: {text}',
	'formula.showReliability': 'Show the math of these reliability figures',
	'formula.showEnergy': 'Show the math of these energy figures',
	'formula.showEnvelope': 'Show the math of the power envelope',
	'formula.showCost': 'Show the math of these costs',
	'formula.interruptionsPerDay': 'interruptions per day'
} as const;
