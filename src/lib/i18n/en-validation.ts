/** English messages for the validation views; merged into the catalog by en.ts. */
export const enValidation = {
	'validation.nav.home': 'Compare systems',
	'validation.nav.label': 'Pages',
	'validation.nav.validation': 'Validation',
	'validation.nav.method': 'Method',
	'validation.nav.language': 'Language',
	'validation.nav.disclaimer':
		'Every modelled number is a first-order model estimate, not a measurement. Measured numbers are published results, each linked to its source.',

	'validation.title': 'Validation: the model against published measurements',
	'validation.description':
		'Every published measurement Rackscale’s model is checked against: conditions, measured and modelled values, and the error.',
	'validation.intro':
		'Each row sets the model to the published conditions and compares its number with the measurement. The error is model ÷ measured: 1× is exact, 2× means the model says twice as much. The efficiencies are the same global defaults as on the main page, never fitted per case.',
	'validation.summary.inference':
		'Inference, {total} cases: {good} good, {fair} fair, {miss} miss; error factor median {median}, maximum {max}.',
	'validation.summary.training':
		'Training, {total} cases: {good} good, {fair} fair, {miss} miss; error factor median {median}, maximum {max}.',
	'validation.rule':
		'One rule for every row, with no per-benchmark tolerance: the error factor is how far the model is off either way (the larger of model ÷ measured and measured ÷ model). Within {good} is good, within {fair} fair, beyond {fair} a miss; a case the model gives no number for is a miss too.',
	'validation.col.class': 'Class',
	'validation.class.good': 'good',
	'validation.class.fair': 'fair',
	'validation.class.miss': 'miss',
	'validation.factorOff': '{factor} off',
	'validation.inference.title': 'Inference: tokens/s per chip',
	'validation.inference.intro':
		'Published serving results (calibration.md cases 5, 8 and 9; calibration-2026.md cases 1, 2 and 32), divided by the chips that produced them. Conditions a source does not publish are stated as assumptions in the notes.',
	'validation.training.title': 'Training: tokens/s per GPU',
	'validation.training.intro':
		'NeMo / Megatron-Bridge 25.11 pre-training (calibration.md case 17, grade B+): synthetic data and force-balanced MoE tokens, so these checks use an MoE imbalance of 1. Layouts are as published; DP = GPUs ÷ (TP × CP × PP) and microbatches = gradient accumulation.',

	'validation.tableRegion': '{name} (table)',
	'validation.col.case': 'Case',
	'validation.col.system': 'System',
	'validation.col.model': 'Model',
	'validation.col.workload': 'Workload and latency bounds',
	'validation.col.errorHow': 'model ÷ measured',
	'validation.gpus': '{gpus} GPUs',
	'validation.perGpu': 'tokens/s per GPU',
	'validation.col.measured': 'Measured',
	'validation.col.modelled': 'Model estimate',
	'validation.col.error': 'Error',
	'validation.col.layout': 'Layout',

	'validation.caseNumber': 'case {n}, grade {grade}',
	'validation.caseNumber2026': 'calibration-2026 case {n}, grade {grade}',
	'validation.pending.title': 'Listed, not yet checked',
	'validation.pending.intro':
		'Published results the model cannot be set to yet; each says what is missing. They are not counted in the classes above.',
	'validation.pending.why': 'Not yet checked:',
	'validation.chipsDomain': '{chips} chips, scale-up domains of {domain}',
	'validation.precisionTriple': 'weights {weight} · KV {kv} · compute {compute}',
	'validation.tokensInOut': '{input} in · {output} out',
	'validation.scenario.offline': 'offline',
	'validation.scenario.server': 'server',
	'validation.scenario.interactive': 'interactive',
	'validation.scenario.decode-only': 'decode pool only',
	'validation.scenario.prefill-only': 'prefill pool only',
	'validation.boundTtft': 'TTFT ≤ {value}',
	'validation.boundTpot': 'TPOT ≤ {value}',
	'validation.noBound': 'no latency bound',
	'validation.scenarioBounds': '{scenario}: {bounds}',
	// The spaces belong to the English punctuation; Chinese full-width punctuation takes none.
	'validation.listComma': ', ',
	'validation.metric.output-tokens-per-chip': 'output tokens/s per chip',
	'validation.metric.decode-tokens-per-chip': 'output tokens/s per decode chip',
	'validation.metric.prefill-tokens-per-chip': 'prompt tokens/s per prefill chip',
	'validation.measuredOn': 'over {chips} chips',
	'validation.boundBy': 'bound by {resource}',
	'validation.layoutOn': '{layout} on {chips} chips',
	'validation.noPoint': 'no point',
	'validation.rangeAt': '{low}–{high} at {longest}–{shortest} prompt tokens',
	'validation.seqBatch': 'GBS {batch} × {seq} tokens',
	'validation.fsdp': 'FSDP',
	'validation.recompute.selective': 'selective recompute',
	'validation.recompute.full': 'full recompute',
	'validation.mfu': 'MFU {value}',
	'validation.notes.title': 'Conditions as published, and what was assumed',
	'validation.notes.system': 'System',
	'validation.notes.model': 'Model',
	'validation.notes.precision': 'Precision',
	'validation.notes.tokens': 'Tokens',
	'validation.notes.measurement': 'Measurement',
	'validation.knownMisses.title': 'Known misses',
	// Between a known miss's case name and its reason; spaces as in validation.listComma.
	'validation.knownMissError': ' ({error}): ',

	'validation.assumptions.title': 'Efficiency assumptions used',
	'validation.assumptions.intro':
		'One global set for every system and case. The inference checks use the defaults as they are; the training checks use the training defaults with the MoE imbalance set to 1, since case 17 force-balances experts.',
	'validation.assumptions.inference': 'Inference efficiencies (the main page’s defaults)',
	'validation.assumptions.training': 'Training efficiencies',
	'validation.col.assumption': 'Assumption',
	'validation.col.value': 'Value',
	'validation.col.basis': 'Basis',
	'validation.case17Value': 'case 17 checks use {value}',
	'validation.casesRef': 'calibration.md: {cases}',
	'validation.trainEff.computeFraction': 'Achieved fraction of peak compute',
	'validation.trainEff.collectiveBwFraction':
		'Achieved fraction of line rate, all-reduce and all-gather',
	'validation.trainEff.allToAllBwFraction': 'Achieved fraction of line rate, expert all-to-all',
	'validation.trainEff.hbmBwFraction': 'Achieved fraction of HBM bandwidth',
	'validation.trainEff.scaleUpAlphaS': 'Latency per ring step, scale-up (µs)',
	'validation.trainEff.scaleOutAlphaS': 'Latency per ring step, scale-out (µs)',
	'validation.trainEff.moeImbalance': 'MoE load imbalance (busiest ÷ mean)',
	'validation.trainEff.activationBytes': 'Bytes per activation on the wire (B)',
	'validation.trainEff.overlap': 'Overlap of communication with compute (0–1)',
	'validation.sources.title': 'Sources',

	'method.title': 'Method: every formula and assumption',
	'method.description':
		'How Rackscale turns cited inputs into estimates: formulas, assumptions and worked examples computed by the model itself.',
	'method.intro':
		'How the model turns cited inputs into estimates. Each worked example below is computed live by the model’s own functions from the inputs stated, beside the hand calculation; a unit test checks that the two agree, so this page cannot drift from the model.',
	'method.contents': 'Contents',
	'method.formulas': 'Formulas',
	'method.examples': 'Worked examples',
	'method.byHand': 'By hand',
	'method.model': 'Model output',
	'method.calls': 'Calls {calls}',
	'method.references': 'References',
	'method.code': 'Code in src/lib',
	'method.assumptionsLink':
		'The value, source and arithmetic of every efficiency are on the Validation page.'
} as const;
