/** English messages for the inference and claims views (workload, frontier, sensitivity, goal-seek, claims); registered by inference-messages.ts. */
export const enInference = {
	'workload.title': 'Workload',
	'workload.model': 'Model',
	'workload.params': '{total} parameters (without the embedding table), {active} active per token',
	'workload.dense': 'dense',
	'workload.moe': 'MoE: {experts} {experts:expert|experts}, {k} per token',
	'workload.kvPerToken': 'KV cache {bytes} per token at {precision}',
	'workload.lengths': 'Input / output lengths',
	'workload.lengthsLong': 'Long context ({input} / 1k)',
	'workload.lengthsCustom': 'Your own (fields below)',
	'workload.inputTokens': 'Input (prompt) tokens',
	'workload.outputTokens': 'Output tokens',
	'workload.targetUserTokensPerS': 'Target speed per user',
	'workload.targetTtftS': 'Target time to first token',
	'workload.acceptedTokensPerStep':
		'Tokens accepted per decode step (speculative decoding; 1 = off; at most 4.5)',
	'workload.weightPrecision': 'Weights',
	'workload.kvPrecision': 'KV cache',
	'workload.computePrecision': 'Compute',
	'workload.servingMode': 'Serving',
	'inference.pools': 'prefill {prefill} {prefill:chip|chips}, decode {decode} {decode:chip|chips}',
	'inference.chipsInUse':
		'{used} of the system’s {chips} {chips:chip|chips} in use (whole copies only); tokens/s per chip is over these {used}',
	// The other serving mode by name: "the other way gives 2,420" read as the rate over all 72
	// chips, not co-located serving's (helper-145).
	'inference.otherMode.co-located': 'co-located serving would give {rate} tokens/s per chip',
	'inference.otherMode.disaggregated': 'disaggregated serving would give {rate} tokens/s per chip',
	'inference.otherModeNone.co-located': 'co-located serving does not reach the target here',
	'inference.otherModeNone.disaggregated': 'disaggregated serving does not reach the target here',
	'servingMode.auto': 'Best of co-located and disaggregated',
	'servingMode.co-located': 'Co-located (prefill and decode on the same chips)',
	'servingMode.disaggregated': 'Disaggregated (separate prefill and decode pools)',
	'workload.editShape': 'Edit the model’s shape',
	'workload.editShapeHint': 'Change any figure to define your own model; the link keeps it.',
	'workload.resetModel': 'Back to the catalog model',
	'workload.edited': 'edited: your own model',
	'workload.notes': 'Sources and notes',
	'modelSources.edited':
		'These are the catalog model’s figures and sources; the figures you changed have none.',
	'modelSources.sources': 'Sources',
	'modelSources.field.layers': 'Layers',
	'modelSources.field.hiddenSize': 'Hidden size',
	'modelSources.field.attention': 'Attention',
	'modelSources.field.totalParams': 'Total parameters',
	'modelSources.field.alwaysReadParams': 'Always-read parameters',
	'modelSources.field.moe': 'Experts',
	'modelSources.field.maxContextTokens': 'Max context',
	'modelSources.field.released': 'Released weights',
	// How a model figure is known (catalog/llm-citations.ts LlmNature).
	'modelSources.nature.config': 'maker’s config',
	'modelSources.nature.config-mirror': 'copy of the maker’s config',
	'modelSources.nature.paper': 'maker’s paper',
	'modelSources.nature.model-card': 'model card',
	'modelSources.nature.secondary': 'secondary source',
	'modelSources.nature.derived': 'derived',
	'modelSources.nature.assumption': 'assumption',
	'llmField.layers': 'Layers',
	'llmField.hidden': 'Hidden size',
	'llmField.always_b': 'Always-read parameters (billions)',
	'llmField.q_heads': 'Query heads',
	'llmField.kv_heads': 'KV heads',
	'llmField.head_dim': 'Head dimension',
	'llmField.kv_lora': 'MLA latent (kv_lora_rank)',
	'llmField.rope': 'MLA RoPE dimension',
	'llmField.experts': 'Routed experts',
	'llmField.top_k': 'Experts per token',
	'llmField.expert_m': 'Parameters per expert (millions)',
	'llmField.moe_layers': 'MoE layers',
	'llmField.ctx': 'Max context (tokens)',
	'inference.title': 'LLM inference: throughput per chip against speed per user',
	'inference.headline':
		'At {target} tokens/s per user, {system} is modelled at {perChip} {reference} per chip ({perWatt} per system watt).',
	'inference.headlineNoWatt':
		'At {target} tokens/s per user, {system} is modelled at {perChip} {reference} per chip.',
	'inference.headlineMissing':
		'At {target} tokens/s per user, {system} cannot be compared with {reference}: {why}',
	'inference.headlinePrecisions':
		'The two compute at different precisions: {system} in {used}, {reference} in {referenceUsed}.',
	// A system's precision when its weights are stored in another (per-system serving precision).
	'inference.precisionWithWeights': '{compute} with {weight} weights',
	// Between two sentences: a space in English, none after a Chinese full stop.
	'inference.sentenceGap': ' ',
	// Shown when a system serves FP4: throughput says nothing of answer quality (peer tools are
	// asked to label it; reviewers compare in FP8 for this reason).
	'inference.fp4Quality':
		'FP4 tokens/s say nothing about the quality of the answers, which depends on how the model was quantized: one team’s model fell from 61% to 30% on a maths test in NVFP4 (41% with GPTQ; 54% in GPTQ INT4); NVFP4 recipes benchmarked on Qwen3-30B-A3B kept 92–101% of its BF16 score on GSM8K Platinum.',
	// The space before the first link is the message's: Chinese has none after its colon.
	'inference.fp4QualitySources': 'Sources: ',
	'inference.chartTitle': 'Pareto frontier per system',
	'inference.chartDescription':
		'Each point is the best batch and parallel layout at that speed; up and to the right is better. The dashed line is the mean speed per user the target needs. Click a point or use the arrow keys to read it.',
	'inference.xLabel': 'Output tokens/s per user (log)',
	// The dashed line's label: the p99 target and the mean speed it is drawn at.
	'inference.targetLine': 'target {target} tok/s p99 ≈ {mean} mean',
	'inference.targetNote':
		'The curves are mean speeds per user. The target of {target} tokens/s per user is a 99th-percentile bound: with the p99 time per token taken as {ratio}× the mean, it needs a mean of {mean} tokens/s per user. The dashed line is drawn there, and the operating point is chosen there.',
	'inference.yLabel': 'Output tokens/s per chip (log)',
	'inference.atTarget': 'At the target speed',
	'inference.atTargetCaption':
		'At the target speed, {target} tokens/s per user (p99; a mean of {mean}).',
	'inference.system': 'System',
	'inference.chipTokensPerS': 'Tokens/s per chip',
	'inference.decodeChipTokensPerS': 'Output tokens/s per decode chip (prefill chips excluded)',
	'inference.meanUserTokensPerS': 'Mean tokens/s per user',
	'inference.tokensPerJ': 'Tokens per joule (all-in)',
	'inference.ratioPerChip': '÷\u00a0{reference} per chip',
	'inference.ratioPerWatt': '÷\u00a0{reference} per watt',
	'inference.ttft': 'Mean time to first token',
	'inference.ttftAlone':
		'Time to first token of one {tokens}-token prompt alone, on the fastest layout ({layout})',
	'inference.prefill': 'Prefill tokens/s per chip',
	'inference.layout': 'Layout',
	'inference.batch': 'Batch',
	'inference.oneChip': 'one chip',
	// Follows "{system}: " in the view and the summary: no second colon.
	'inference.doesNotFit':
		'does not fit (needs at least {min} {min:chip|chips}; {chips} in this system).',
	'inference.doesNotFitAny': 'does not fit on any number of these chips.',
	'inference.noPrecision': 'no compute figure at {precision} or any wider precision.',
	'inference.ttftMissed':
		'no layout reaches the time-to-first-token target of {target} (fastest {fastest}).',
	'inference.targetTooFast':
		'the target of {target} tokens/s per user (p99; a mean of {mean}) is above the fastest modelled mean speed, {top} tokens/s per user.',
	'inference.precisionFallback':
		'{system} has no {wanted} figure: its matrix work is modelled in {used}.',
	'inference.attentionRateAssumed':
		'{system} publishes no {wanted} figure: its attention over the {wanted} cache is assumed to run at 1/{ratio} of its {from} rate, as on the chips that publish both (an assumption).',
	'inference.contextExceeded':
		'Input + output ({tokens} tokens) is longer than the model’s context ({context}).',
	'inference.readout': 'Selected point',
	'inference.readoutNone': 'Select a point on the chart.',
	'inference.stepTime': 'Time per decode step',
	'inference.stepRange': '{low} with perfect overlap to {high} with none',
	'inference.compute': 'compute',
	'inference.memory': 'HBM reads',
	'inference.communication': 'communication',
	'inference.overhead': 'overhead',
	'inference.tableToggle': 'Show the frontier as a table',
	'inference.frontierComputing': 'Computing… the frontier sweep runs in the background.',
	'inference.frontierUpdating': 'Updating the frontier…',
	'inference.frontierFailed':
		'The frontier could not be computed: the background worker did not start (offline, or scripts blocked). The figures at the target are unaffected.',
	'efficiency.title': 'Efficiency assumptions (global, same for every system)',
	'efficiency.softwareAsOf':
		'Assumes software as of {date} (the newest measurement behind these values); newer software on the same hardware is faster.',
	'efficiency.software.fitted':
		'{name}: software fraction {value} × the compute and HBM rates, fitted on {stack} results (software as of {date}).',
	'efficiency.software.assumption':
		'{name}: software fraction {value}, an assumption: no serving fit for this chip family, so the geometric mean of the fitted families’ values (table of {date}).',
	'efficiency.software.carried':
		'{name}: software fraction {value}, an assumption: no serving fit for this chip, so the value fitted for the same {stack} stack on its predecessor (table of {date}).',
	'efficiency.software.own':
		'{name}: software fraction {value}, set for this system (the table’s is for {stack}, as of {date}).',
	'efficiency.intro':
		'Achieved fractions of peak and fixed costs, each traced to a published measurement. They are never tuned per system.',
	'efficiency.reset': 'Reset to defaults',
	'efficiency.computeFraction': 'Achieved fraction of peak compute',
	'efficiency.hbmFraction': 'Achieved fraction of HBM bandwidth',
	'efficiency.scaleUpFraction': 'Achieved fraction of scale-up bandwidth',
	'efficiency.scaleOutFraction': 'Achieved fraction of scale-out bandwidth',
	'efficiency.scaleUpLatencyS': 'Scale-up collective latency (µs)',
	'efficiency.scaleOutLatencyS': 'Scale-out collective latency (µs)',
	'efficiency.moeImbalance': 'MoE load imbalance (busiest ÷ mean)',
	'efficiency.stepOverheadS': 'Overhead per decode step (ms)',
	'efficiency.memoryReserveFraction': 'HBM held back (fraction)',
	'efficiency.overlapFraction': 'Overlap of compute, memory and communication in prefill (0–1)',
	'efficiency.decodeOverlapFraction':
		'Overlap of compute, memory and communication in decode (0–1)',
	'efficiency.basis': 'Basis',
	'claims.title': 'Check a vendor claim in one click',
	'claims.intro':
		'Each claim opens as a scenario you can change. The model’s number is a first-order estimate; the claims are vendor projections or analyst readings, not measurements.',
	'claims.who': 'Who: ',
	'claims.nature': 'Nature: ',
	'claims.nature.vendor-projection': 'vendor projection',
	'claims.nature.vendor-claim': 'vendor claim',
	'claims.nature.analyst-reading': 'analyst reading',
	'claims.claimed': 'Claimed',
	'claims.modelled': 'Modelled',
	'claims.nearestTag': 'at {speed} tokens/s per user, not the claim’s {target}',
	'claims.noClaimedRatio': 'no single ratio claimed',
	'claims.ratioOf': '{what}, {system} ÷ {reference}',
	'claims.bounds':
		'What limits each where the ratio is read: {system}, {bound}; {reference}, {referenceBound}.',
	'claims.perChipAtTarget': 'Output tokens/s per chip at {target} tokens/s per user',
	'claims.edge':
		'Nearest reading: {ratio} at a target of {speed} tokens/s per user (p99; a mean of {mean}, the fastest both systems reach).',
	'claims.edgeSlower': 'At slower targets (tokens/s per user): {readings}.',
	'claims.edgeAt': '{ratio} at {speed}',
	'claims.edgeSteep': 'The ratio is steep at that edge: quote it with its speed.',
	'claims.verdict.compared.good':
		'Verdict: the model agrees, within {good}: {modelled} against the claimed {claimed} ({what} only).',
	'claims.verdict.compared.fair':
		'Verdict: the model gives {modelled} against the claimed {claimed}, {factor} apart: beyond {good}, within {fair} ({what} only).',
	'claims.verdict.compared.miss':
		'Verdict: the model does not bear the claim out: {modelled} against the claimed {claimed} ({what} only).',
	'claims.verdict.figures.good':
		'Verdict: the cited per-chip figures give {modelled} against the claimed {claimed}, within {good} ({what} only).',
	'claims.verdict.figures.fair':
		'Verdict: the cited per-chip figures give {modelled} against the claimed {claimed}, {factor} apart: beyond {good}, within {fair} ({what} only).',
	'claims.verdict.figures.miss':
		'Verdict: the cited per-chip figures do not bear the claim out: {modelled} against the claimed {claimed} ({what} only).',
	'claims.verdict.edge':
		'Verdict: not checkable as claimed: in the model {systems} cannot reach the claim’s {target} tokens/s per user.',
	'claims.verdict.edge.all-readings':
		'At the fastest speed both systems reach and just below it, the ratio stays within {good} of the claimed {claimed} (speeds in tokens/s per user): {readings}.',
	'claims.verdict.edge.fastest-only':
		'Just under that limit the ratio is {ratio} at {speed} tokens/s per user, within {good} of the claimed {claimed}, but it falls fast below it ({readings}): the model does not confirm the claim.',
	'claims.verdict.edge.none':
		'At the fastest speed both systems reach, {speed} tokens/s per user, the model gives {ratio} against the claimed {claimed}.',
	'claims.verdict.unchecked':
		'Verdict: not checkable in the model: {systems}, no operating point under the claim’s conditions (why below).',
	'claims.verdict.steps.every-step': 'Verdict: in the model the claim holds: every step rises.',
	'claims.verdict.steps.end-to-end':
		'Verdict: in the model the claim does not hold at every step: {modelled} from first to last, but {count} of {total} steps {count:does|do} not rise.',
	'claims.verdict.steps.no':
		'Verdict: in the model the claim does not hold: {count} of {total} steps {count:does|do} not rise, and end to end it is {modelled}.',
	'claims.verdict.steps.falls':
		'Verdict: in the model the claim does not hold: {count} of {total} steps with a figure {count:does|do} not rise.',
	'claims.open': 'Open this scenario',
	'claims.openNearest': 'Open it at {speed} tokens/s per user',
	'claims.steps': 'Step by step: {steps}.',
	'claims.step': '{system} ÷ {previous}: {ratio}',
	'claims.drivers': 'What drives the modelled ratio (inputs moved ±20%, largest effect first)',
	'claims.driver': '{input}: {low} at −20%, {high} at +20%',
	'claims.conditions': 'Conditions and caveats',
	'claims.sources': 'Sources',
	'lever.flops': '{system}: {precision} compute per chip',
	'lever.system': '{system}: {field}',
	'lever.efficiency': 'Global: {field}',
	'sensitivity.title': 'Sensitivity: what moves the headline',
	'sensitivity.intro':
		'Each input of every system and each global efficiency is moved ±{change}% alone; the bars show where {output} goes.',
	'sensitivity.output': '{system} ÷ {reference} tokens/s per chip at the target',
	'sensitivity.outputSingle': '{system} tokens/s per chip at the target',
	'sensitivity.run': 'Compute sensitivity',
	'sensitivity.stale': 'The scenario changed since this was computed.',
	'sensitivity.none': 'No modelled point at the target to analyse.',
	'sensitivity.low': '−{change}%',
	'sensitivity.high': '+{change}%',
	'goal.title': 'Goal-seek: what would a chip need?',
	'goal.intro':
		'Solve for the per-chip figure a system needs to reach a target tokens/s per chip at the target speed per user.',
	'goal.lever': 'Figure to change',
	'goal.target': 'Target tokens/s per chip',
	'goal.solve': 'Solve',
	'goal.met': '{system} needs {lever} of {value} (now {now}) to reach {target} tokens/s per chip.',
	'goal.alreadyMet': '{system} already reaches {target} tokens/s per chip.',
	'goal.unreachable':
		'No value of {lever} within the allowed range reaches {target} tokens/s per chip; something else binds.',
	'goal.empty': 'Enter a target in tokens/s per chip, e.g. 3,000.',
	'goal.invalid': '“{text}” is not a number of tokens/s per chip above 0; enter one such as 3,000.',
	'goal.apply': 'Use this value',
	// A refused model-shape entry, with its field's name (WorkloadPanel).
	'workload.keptIn': '{field}: {kept}',
	'evidence.toggle': 'Show uncertainty bands and published measurements',
	'evidence.allChecks':
		'Every published measurement, the model at its conditions and the error: the Validation page',
	'evidence.bandNote':
		'Shaded bands: the frontier with every input whose sources disagree (e.g. Ascend 910C 752 vs 780 TFLOP/s; a figure you edited keeps your value) and every measured efficiency range at its low and high end. Diamonds: published measurements of the same system and model, placed at their per-token latency bound.',
	'evidence.none':
		'No published measurement matches these systems and this model; see the Validation page for all of them.',
	'evidence.point':
		'{label}: measured {measured} tokens/s per chip at ≥ {speed} tokens/s per user; the model at those conditions gives {modelled} ({error}).',
	// Measured at the speed it ran (a decode pool's mean, an InferenceX deployment's median), not held to a bound.
	'evidence.pointAsRun':
		'{label}: measured {measured} tokens/s per chip at {speed} tokens/s per user as run (not a bound); the model at those conditions gives {modelled} ({error}).',
	'evidence.workload':
		'at {input} tokens in / {output} out; the curves are for {pageInput} / {pageOutput}',
	'evidence.withWorkload': '{label} ({workload})',
	// The frontier's y axis three ways (FrontierChart's metric switch).
	'frontierMetric.show': 'Plot against speed per user:',
	'frontierMetric.tokensPerSPerChip': 'Tokens/s per chip',
	'frontierMetric.usdPerMillionTokens': '$ per million output tokens, every chip',
	'frontierMetric.tokensPerSPerMW': 'Output tokens/s per MW, every chip',
	'frontierMetric.yLabel.usdPerMillionTokens': 'USD per million output tokens, every chip (log)',
	'frontierMetric.yLabel.tokensPerSPerMW': 'Output tokens/s per facility MW, every chip (log)',
	'frontierMetric.description.usdPerMillionTokens':
		'The same frontier priced at each system’s cost per chip-hour (Energy & cost view): lower is cheaper. Every chip serving the point is charged to its output tokens, the prefill chips’ too; the Energy & cost view prices input and output tokens apart, each on its own chips, so its output figure is lower. Faster service per user costs more per token. Click a point or use the arrow keys to read it.',
	'frontierMetric.description.tokensPerSPerMW':
		'The same frontier per megawatt of facility power (all-in power per chip × PUE), every chip serving the point counted, the prefill chips too (the Energy & cost view counts each phase’s chips apart): higher serves more tokens from the same power. Click a point or use the arrow keys to read it.',
	// The serving mode in a chart tooltip, short: the workload panel explains it.
	'frontierTip.mode.co-located': 'Co-located',
	'frontierTip.mode.disaggregated': 'Disaggregated',
	'frontierMetric.noPrice':
		'no price per chip-hour is known, so no cost curve; enter a rental price or capex in the Energy & cost view.',
	'formula.showAtTarget': 'Show the math of the point at the target',
	'unit.tokensPerSPerUser': 'tokens/s per user',
	'unit.seconds': 's'
} as const;
