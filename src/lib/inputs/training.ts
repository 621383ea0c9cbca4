import { DEFAULT_TRAINING, type TrainingScenario } from '../model/deployment';
import { PRECISIONS } from '../model/precision';
import { TERA } from '../model/units';
import {
	normalizeChoices,
	normalizeInputs,
	numberInput,
	type ChoiceInput,
	type CrossRule,
	type InputUnit,
	type NumberInput
} from './schema';

type TrainingNumberField = Exclude<keyof TrainingScenario, 'precision'>;

const training = (
	key: string,
	field: TrainingNumberField,
	unit: InputUnit,
	bounds: NumberInput['bounds'],
	scale = 1
): NumberInput =>
	numberInput({
		key,
		path: `training.${field}`,
		unit,
		scale,
		bounds,
		label: `training.field.${field}`,
		default: DEFAULT_TRAINING[field]
	});

/**
 * The training run every system is asked to do (link keys `t.*`). Inside these limits every training output is finite (an input the
 * model cannot serve gives Unavailable, not NaN). Token counts are whole numbers.
 */
export const TRAINING_INPUTS: readonly NumberInput[] = [
	/** 1e9 (a toy run) to 1e15 tokens (60× Llama 3's 15T). */
	training(
		't.tokens_t',
		'tokensToTrain',
		'trillionTokens',
		{ min: 1e9, max: 1e15, log: true },
		TERA
	),
	/** 1 Ki tokens to 1 G tokens per step. */
	training('t.batch_tokens', 'globalBatchTokens', 'tokens', {
		min: 1024,
		max: 1e9,
		log: true,
		integer: true
	}),
	/** 128 tokens to 1 Mi tokens per sequence. */
	training('t.seq', 'sequenceTokens', 'tokens', {
		min: 128,
		max: 1_048_576,
		log: true,
		integer: true
	}),
	training('t.overlap', 'overlap', '', { min: 0, max: 1, log: false })
];

export const TRAINING_CHOICES: readonly ChoiceInput[] = [
	{
		key: 't.prec',
		path: 'training.precision',
		choices: PRECISIONS,
		default: DEFAULT_TRAINING.precision,
		label: 'training.field.precision'
	}
];

export const TRAINING_RULES: readonly CrossRule<{ training: TrainingScenario }>[] = [
	{
		keys: ['t.batch_tokens'],
		why: 'A step holds at least one sequence.',
		apply: ({ training }) => {
			training.globalBatchTokens = Math.max(training.globalBatchTokens, training.sequenceTokens);
		}
	}
];

const byField = new Map(TRAINING_INPUTS.map((input) => [input.path, input]));

/** The declaration of one training input, e.g. `trainingInput('sequenceTokens')`. */
export const trainingInput = (field: TrainingNumberField): NumberInput =>
	byField.get(`training.${field}`)!;

/** The training scenario clamped into its declarations; anything missing takes its default. */
export function normalizeTraining(t: Partial<TrainingScenario> | undefined): TrainingScenario {
	const src = { ...DEFAULT_TRAINING, ...t };
	const fresh: TrainingScenario = {
		tokensToTrain: src.tokensToTrain,
		globalBatchTokens: src.globalBatchTokens,
		sequenceTokens: src.sequenceTokens,
		precision: src.precision,
		overlap: src.overlap
	};
	const out = normalizeInputs({ training: fresh }, TRAINING_INPUTS, TRAINING_RULES);
	return normalizeChoices(out, TRAINING_CHOICES).training;
}
