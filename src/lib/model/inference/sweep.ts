import { maxSequences } from './capacity';
import { chainDraftedTokens } from './draft-chain';
import type { Layout } from './layouts';
import { combineStages, scaleStepTimes, type PassInputs, type StepTimes } from './pass';
import { makeStage, type Stage } from './stage';

/**
 * Sweep limit, not physics: at most this many concurrent sequences per chip (LMSYS runs 256 per
 * H100 in calibration.md case 5). Beyond it a step is compute-bound and throughput is flat.
 */
export const MAX_SEQUENCES_PER_CHIP = 4096;
/** Log-spaced batch sizes tried per layout for the frontier. */
export const BATCH_GRID_POINTS = 32;

/** What every decode or prefill evaluation of one scenario shares. */
export interface SweepInputs extends PassInputs {
	/** Chips of the whole system: what disaggregated pools are carved from. */
	systemChips: number;
	/**
	 * Most concurrent sequences a decode instance holds per chip: MAX_SEQUENCES_PER_CHIP, or the
	 * sequences per decode chip a measured run held at most (InferenceOptions.decodeSequencesPerChip).
	 */
	decodeSequencesPerChip: number;
	/** Tokens per decode step per sequence (speculative decoding). */
	acceptedTokensPerStep: number;
	/** KV bytes of one sequence at its longest (input + output): sets capacity. */
	kvBytesAtEnd: number;
	/** KV bytes of one sequence on average during decode (input + output / 2). */
	kvBytesAverage: number;
	/** Attention FLOPs per decoded token at the average context. */
	decodeAttentionFlopsPerToken: number;
	inputTokens: number;
	/** KV bytes of one prompt (written during prefill). */
	kvBytesPrompt: number;
	/** Attention FLOPs of one whole prompt. */
	prefillAttentionFlopsPerPrompt: number;
}

/**
 * What sets a decode instance's largest batch: HBM capacity, the load a measured run held
 * (decodeSequencesPerChip below MAX_SEQUENCES_PER_CHIP), or the sweep's own limit.
 */
export type BatchLimit = 'memory-capacity' | 'measured-load' | 'batch-limit';

/** A layout's decode step time as a function of the instance's concurrent sequences. */
export interface DecodeCurve {
	layout: Layout;
	/** Largest batch that fits (capacity, the measured load given, or the sweep limit). */
	maxBatch: number;
	/** What sets maxBatch. */
	limit: BatchLimit;
	/** The layout's stage terms, shared with its prefill curve (same sweep inputs, same layout). */
	stage: Stage;
	step(batch: number): StepTimes;
	/** step(batch).stepS without building objects. */
	stepS(batch: number): number;
}

/**
 * pp micro-batches of batch/pp sequences keep every stage busy; each sequence's token passes
 * all pp stages per step. With fewer sequences than stages each micro-batch holds one sequence
 * and the other stages wait: a step is still pp ticks. Null when not even one sequence fits.
 */
export function decodeCurve(s: SweepInputs, layout: Layout): DecodeCurve | null {
	const usable = s.rates.usableHbmBytes;
	const byMemory = maxSequences(
		s.model,
		layout,
		s.weightBytesPerValue,
		usable,
		s.kvBytesAtEnd,
		heldDraftLayers(s)
	);
	if (byMemory < 1) return null;
	const perChip = s.decodeSequencesPerChip;
	// At least one sequence per instance; 1e-9 keeps a product such as 5.625 × 32 at 180, not 179.
	const cap = Math.max(1, Math.floor(perChip * layout.chips + 1e-9));
	const limit: BatchLimit =
		byMemory <= cap
			? 'memory-capacity'
			: perChip < MAX_SEQUENCES_PER_CHIP
				? 'measured-load'
				: 'batch-limit';
	return new StageDecodeCurve(s, layout, Math.min(byMemory, cap), limit);
}

/**
 * Draft layers an instance holds beside the model (capacity.ts maxSequences): latency.draftLayers
 * while speculative decoding drafts (more than one token accepted per step), else none. A prefill
 * instance holds them too: the draft layers' cache of each prompt is written there.
 */
function heldDraftLayers(s: SweepInputs): number {
	return chainDraftedTokens(s.acceptedTokensPerStep, s.latency.draftAcceptance) > 0
		? s.latency.draftLayers
		: 0;
}

/** A class, not closures: one per layout every tick, stepS thousands of times. */
class StageDecodeCurve implements DecodeCurve {
	readonly layout: Layout;
	readonly maxBatch: number;
	readonly limit: BatchLimit;
	readonly stage: Stage;
	private readonly s: SweepInputs;
	private readonly kv: number;
	private readonly perToken: number;
	private readonly verified: number;
	private readonly draftShare: number;
	private readonly drafted: number;

	constructor(s: SweepInputs, layout: Layout, maxBatch: number, limit: BatchLimit) {
		this.s = s;
		this.layout = layout;
		this.maxBatch = maxBatch;
		this.limit = limit;
		this.stage = makeStage(s, layout);
		this.kv = s.kvBytesAverage;
		this.perToken = s.decodeAttentionFlopsPerToken;
		// Speculative decoding (latency.ts): accepting a tokens per step takes the chain of drafted
		// tokens that accepts a at acceptance p (draft-chain.ts); the verify pass runs 1 + drafted tokens
		// per sequence, and each drafted token costs a one-token pass through the draft layers
		// (share of the model's layers, without the output head) and a read of the output head it
		// shares (Stage.draftS).
		const { draftAcceptance, draftLayers } = s.latency;
		const drafted = chainDraftedTokens(s.acceptedTokensPerStep, draftAcceptance);
		this.verified = 1 + drafted;
		this.draftShare = drafted > 0 ? (drafted * draftLayers) / s.model.layers : 0;
		this.drafted = this.draftShare > 0 ? drafted : 0;
	}

	private perTick(batch: number): number {
		return Math.max(1, batch / this.layout.pp);
	}

	private draftS(batch: number): number {
		const { draftShare } = this;
		return draftShare > 0
			? this.stage.draftS(
					this.perTick(batch),
					this.kv,
					this.perToken,
					this.s.decodeOverlap,
					draftShare,
					this.drafted
				)
			: 0;
	}

	step(batch: number): StepTimes {
		const { verified, s } = this;
		const terms = this.stage.terms(
			this.perTick(batch),
			verified,
			this.kv,
			verified * this.perToken
		);
		const times = combineStages(terms, this.layout.pp, s.overheadS, s.decodeOverlap);
		const extra = this.draftS(batch);
		if (extra === 0) return times;
		const t = times.time;
		return {
			...times,
			stepS: times.stepS + extra,
			time: {
				...t,
				overheadS: t.overheadS + extra,
				serialS: t.serialS + extra,
				lowS: t.lowS + extra,
				highS: t.highS + extra
			}
		};
	}

	stepS(batch: number): number {
		const { verified } = this;
		const tick = this.perTick(batch);
		const stepS = this.stage.stepS(
			tick,
			verified,
			this.kv,
			verified * this.perToken,
			this.s.decodeOverlap
		);
		return stepS + this.draftS(batch);
	}
}

/** A layout's prefill pass time as a function of the prompts batched into one pass. */
export interface PrefillCurve {
	layout: Layout;
	maxPrompts: number;
	pass(prompts: number): StepTimes;
	passS(prompts: number): number;
	/**
	 * Prompt tokens/s per chip no pass of at most maxPrompts prompts exceeds:
	 * prompts · inputTokens · pp ÷ (passS(prompts) · chips) ≤ the same at maxPrompts with the
	 * stage's floor for passS (Stage.stepFloorS), since prompts ÷ floor only grows with prompts.
	 */
	rateCeiling(): number;
}

/** `stage` is makeStage(s, layout), when the caller has it already (the layout's decode curve). */
export function prefillCurve(s: SweepInputs, layout: Layout, stage?: Stage): PrefillCurve | null {
	const usable = s.rates.usableHbmBytes;
	const byMemory = maxSequences(
		s.model,
		layout,
		s.weightBytesPerValue,
		usable,
		s.kvBytesPrompt,
		heldDraftLayers(s)
	);
	if (byMemory < 1) return null;
	const maxPrompts = Math.min(byMemory, MAX_SEQUENCES_PER_CHIP * layout.chips);
	return new StagePrefillCurve(s, layout, maxPrompts, stage ?? makeStage(s, layout));
}

/**
 * Prefill runs the output head on each prompt's last token only (`lastLogitsOnly`): engines
 * compute a prompt's logits for its next token alone, so the head's FLOPs on the other
 * inputTokens − 1 are not charged (its bytes are read once per pass either way).
 * While drafting, the draft layers run over every prompt too (their KV cache and the first draft
 * come from it: DeepSeek's MTP module in SGLang and vLLM): each one more layer of the model, as
 * the instance holds them (heldDraftLayers), so a pass takes (layers + draftLayers) ÷ layers as
 * long in every term. DeepSeek-R1, one draft layer: 62 ÷ 61, +1.6%.
 */
class StagePrefillCurve implements PrefillCurve {
	readonly layout: Layout;
	readonly maxPrompts: number;
	private readonly s: SweepInputs;
	private readonly stage: Stage;
	/** (layers + draftLayers) ÷ layers while drafting, else 1. */
	private readonly draftFactor: number;

	constructor(s: SweepInputs, layout: Layout, maxPrompts: number, stage: Stage) {
		this.s = s;
		this.layout = layout;
		this.maxPrompts = maxPrompts;
		this.stage = stage;
		this.draftFactor = 1 + heldDraftLayers(s) / s.model.layers;
	}

	pass(prompts: number): StepTimes {
		const { s } = this;
		const terms = this.stage.terms(
			prompts,
			s.inputTokens,
			s.kvBytesPrompt,
			s.prefillAttentionFlopsPerPrompt,
			true
		);
		return scaleStepTimes(
			combineStages(terms, this.layout.pp, s.overheadS, s.overlap),
			this.draftFactor
		);
	}

	rateCeiling(): number {
		const { s, layout, maxPrompts } = this;
		const floorS = this.stage.stepFloorS(
			maxPrompts,
			s.inputTokens,
			s.kvBytesPrompt,
			s.prefillAttentionFlopsPerPrompt,
			s.overlap,
			true
		);
		return (maxPrompts * s.inputTokens * layout.pp) / (floorS * this.draftFactor * layout.chips);
	}

	passS(prompts: number): number {
		const { s } = this;
		return (
			this.stage.stepS(
				prompts,
				s.inputTokens,
				s.kvBytesPrompt,
				s.prefillAttentionFlopsPerPrompt,
				s.overlap,
				true
			) * this.draftFactor
		);
	}
}

/**
 * Grids already built, by their top batch. Every layout of every evaluation walks one, and a
 * slider's evaluations mostly ask for the same few tops: building one costs BATCH_GRID_POINTS
 * calls to Math.exp (a tenth of a four-system sweep). Bounded so a long session of edits cannot
 * grow it without end.
 */
const GRIDS = new Map<number, readonly number[]>();
const GRIDS_KEPT = 512;

/** Up to BATCH_GRID_POINTS distinct integers from 1 to max, evenly spaced in log, max included. */
export function batchGrid(max: number): readonly number[] {
	const top = Math.max(1, Math.floor(max));
	let grid = GRIDS.get(top);
	if (!grid) {
		if (GRIDS.size >= GRIDS_KEPT) GRIDS.clear();
		// Frozen: a caller that wrote into a shared grid would change every later evaluation.
		grid = Object.freeze(buildBatchGrid(top));
		GRIDS.set(top, grid);
	}
	return grid;
}

function buildBatchGrid(top: number): number[] {
	const step = Math.log(top) / (BATCH_GRID_POINTS - 1);
	const out: number[] = [];
	let last = 0;
	for (let i = 0; i < BATCH_GRID_POINTS; i++) {
		const b = Math.round(Math.exp(i * step));
		if (b > last) {
			out.push(b);
			last = b;
		}
	}
	if (last < top) out.push(top);
	return out;
}
