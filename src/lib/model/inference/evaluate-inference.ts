import { clamp } from '../bounds';
import { chipsText } from '../prose';
import { normalizeSystem } from '../normalize';
import { BYTES_PER_VALUE } from '../precision';
import type { SystemSpec } from '../system';
import { DEFAULT_EFFICIENCIES, normalizeEfficiencies, type Efficiencies } from './efficiencies';
import { searchDecode, type Objective } from './decode-search';
import { SERVING_LATENCY, targetMeanUserTokensPerS, type ServingLatency } from './latency';
import { layoutsFor, MAX_INSTANCE_CHIPS } from './layouts';
import { memoryFigures, minChipsLowerBound } from './memory';
import { prefillPass, searchPrefill } from './prefill-search';
import { chooseAttentionPrecision, choosePrecision, servingOn, wider } from './precision-choice';
import { ratesFor } from './rates';
import { normalizeServing, resolveModel, type ServingSettings } from './serving';
import { softwareFor } from './software';
import {
	decodeAttentionFlops,
	kvBytesPerSequence,
	prefillAttentionFlops,
	storedWeightBytes
} from './shape';
import {
	decodeCurve,
	prefillCurve,
	MAX_SEQUENCES_PER_CHIP,
	type DecodeCurve,
	type PrefillCurve,
	type SweepInputs
} from './sweep';
import type { Frontier, InferenceOk, InferencePoint, InferenceResult } from './types';
import { packedArray } from './packed-array';

/**
 * `frontier: false` skips the decode frontier (the batch grid of every layout, most of the
 * work): the operating point, prefill, memory and reasons are computed the same, and the
 * result's `frontier` is null.
 */
export interface InferenceOptions {
	frontier?: boolean;
	/**
	 * The sequences per decode chip a measured run held at most (MeasuredCase
	 * .decodeSequencesPerChip): no decode instance holds more. Default: MAX_SEQUENCES_PER_CHIP, the
	 * sweep's own limit, so the page fills chips as far as memory and the target allow.
	 */
	decodeSequencesPerChip?: number;
}

/**
 * Narrowest attention precision: FlashAttention-3 / FlashMLA-class kernels run in FP8 or BF16;
 * no FP4 attention kernel is assumed (calibration.md case 3 measures MLA kernels, not FP4).
 */
const ATTENTION_NARROWEST = 'fp8';

/** The sweep's limit, or fewer sequences per decode chip when given (anything but a positive number is ignored). */
function sequencesPerChipCap(given: number | undefined): number {
	return given !== undefined && given > 0
		? Math.min(given, MAX_SEQUENCES_PER_CHIP)
		: MAX_SEQUENCES_PER_CHIP;
}

/** Bounds-clamped system whose domain never exceeds its chips. */
function systemFor(spec: SystemSpec): SystemSpec {
	const s = normalizeSystem(spec);
	const domain = { min: 1, max: s.chips, log: true, integer: true };
	return { ...s, scaleUpDomainChips: clamp(Math.min(s.scaleUpDomainChips, s.chips), domain) };
}

/** What the decode and prefill sweeps read, for one system, model and serving setting. */
export function sweepInputs(
	serving: ServingSettings,
	model: NonNullable<ReturnType<typeof resolveModel>>,
	rates: SweepInputs['rates'],
	eff: Efficiencies,
	computeBytes: number,
	latency: ServingLatency,
	systemChips: number,
	decodeSequencesPerChip: number = MAX_SEQUENCES_PER_CHIP
): SweepInputs {
	const kvBytes = BYTES_PER_VALUE[serving.kvPrecision];
	const end = serving.inputTokens + serving.outputTokens;
	// Decode sees every context from input to input + output: on average input + output / 2.
	const average = serving.inputTokens + serving.outputTokens / 2;
	return {
		systemChips,
		decodeSequencesPerChip,
		model,
		rates,
		weightBytesPerValue: BYTES_PER_VALUE[serving.weightPrecision],
		// FP8-or-wider dispatch, BF16 combine and activations (calibration.md case 24).
		wire: { dispatch: Math.max(1, computeBytes), combine: 2, activation: 2 },
		moeImbalance: eff.moeImbalance,
		overheadS: eff.stepOverheadS,
		overlap: eff.overlapFraction,
		decodeOverlap: eff.decodeOverlapFraction,
		latency,
		acceptedTokensPerStep: serving.acceptedTokensPerStep,
		kvBytesAtEnd: kvBytesPerSequence(model, kvBytes, end),
		kvBytesAverage: kvBytesPerSequence(model, kvBytes, average),
		decodeAttentionFlopsPerToken: decodeAttentionFlops(model, average),
		inputTokens: serving.inputTokens,
		kvBytesPrompt: kvBytesPerSequence(model, kvBytes, serving.inputTokens),
		prefillAttentionFlopsPerPrompt: prefillAttentionFlops(model, serving.inputTokens)
	};
}

function noFitReason(minChips: number | null, chips: number, contextTokens: number): string {
	if (minChips === null) {
		return `One ${contextTokens}-token sequence does not fit in chip memory at any chip count.`;
	}
	if (minChips > chips) {
		return `Does not fit: needs at least ${chipsText(minChips)} (${chips} available).`;
	}
	const most = MAX_INSTANCE_CHIPS;
	return `Does not fit in any modelled layout (instances up to ${chipsText(most)}); ideal sharding would need at least ${chipsText(minChips)}.`;
}

/**
 * Serve one model on one system: memory fit, prefill, the decode Pareto frontier (tokens/s per
 * chip vs tokens/s per user over layouts and batch sizes) and the point at the speed target.
 * Pure and synchronous; every number is a model estimate.
 */
export function evaluateInference(
	systemSpec: SystemSpec,
	servingSettings: ServingSettings,
	efficiencies?: Efficiencies,
	latency?: ServingLatency,
	objective?: Objective,
	options?: InferenceOptions & { frontier?: true }
): InferenceResult;
export function evaluateInference(
	systemSpec: SystemSpec,
	servingSettings: ServingSettings,
	efficiencies: Efficiencies | undefined,
	latency: ServingLatency | undefined,
	objective: Objective | undefined,
	options: InferenceOptions & { frontier: false }
): InferenceResult<null>;
export function evaluateInference(
	systemSpec: SystemSpec,
	servingSettings: ServingSettings,
	efficiencies: Efficiencies = DEFAULT_EFFICIENCIES,
	latency: ServingLatency = SERVING_LATENCY,
	objective: Objective = 'deployment',
	options: InferenceOptions = {}
): InferenceResult<Frontier> {
	const withFrontier = options.frontier ?? true;
	const system = systemFor(systemSpec);
	const { serving, explicit } = servingOn(system, normalizeServing(servingSettings));
	const eff = normalizeEfficiencies(efficiencies);
	const warnings: string[] = [];
	const common = { system, serving, warnings };
	const model = resolveModel(serving);
	if (!model) {
		const reason = `Unknown model “${serving.modelId}”.`;
		return { ...common, kind: 'unsupported', model: null, reason };
	}

	// FP4 peak needs both operands in FP4: wider weights run the matrix work at FP8 (W8A8-class).
	const fp4WithoutFp4Weights =
		!explicit && serving.computePrecision === 'fp4' && serving.weightPrecision !== 'fp4';
	const matmulWanted = fp4WithoutFp4Weights ? 'fp8' : serving.computePrecision;
	const compute = choosePrecision(system, matmulWanted, 'matrix work');
	// Attention kernels run at the cache's width and never below FP8 (no FP4 attention kernels).
	const attentionWanted = wider(
		wider(compute?.used ?? serving.computePrecision, serving.kvPrecision),
		ATTENTION_NARROWEST
	);
	const attention = chooseAttentionPrecision(system, attentionWanted);
	if (!compute || !attention) {
		const at = serving.computePrecision.toUpperCase();
		const reason = `${system.name} has no compute figure at ${at} or any wider precision.`;
		return { ...common, kind: 'unsupported', model, reason };
	}
	if (fp4WithoutFp4Weights) {
		const w = serving.weightPrecision.toUpperCase();
		warnings.push(`FP4 compute needs FP4 weights; with ${w} weights matrix work runs in FP8.`);
	}
	for (const w of [compute.warning, attention.warning]) if (w) warnings.push(w);
	const contextTokens = serving.inputTokens + serving.outputTokens;
	if (contextTokens > model.maxContextTokens) {
		warnings.push(
			`Input + output (${contextTokens} tokens) exceeds ${model.name}’s context of ${model.maxContextTokens}.`
		);
	}

	// The output head is held and read in BF16 (shape.ts), so its FLOPs run at the BF16 rate, or at
	// one assumed from a narrower format where the chip publishes none (as attention's), else at
	// the matrix work's. No notice of its own: attention's already names an assumed BF16 rate.
	const head = chooseAttentionPrecision(system, wider(compute.used, 'bf16')) ?? compute;
	const software = softwareFor(system).fraction;
	const rates = ratesFor(
		system,
		eff,
		compute.denseFlopsPerS,
		attention.denseFlopsPerS,
		software,
		head.denseFlopsPerS
	);
	const s = sweepInputs(
		serving,
		model,
		rates,
		eff,
		BYTES_PER_VALUE[compute.used],
		latency,
		system.chips,
		sequencesPerChipCap(options.decodeSequencesPerChip)
	);
	const layouts = layoutsFor(model, system.chips);
	// Plain loops, not map then filter: one array each instead of two, every slider tick.
	const decodeCurves: DecodeCurve[] = [];
	for (const layout of layouts) {
		const curve = decodeCurve(s, layout);
		if (curve) decodeCurves.push(curve);
	}
	if (decodeCurves.length === 0) {
		const weightBytes = storedWeightBytes(model, s.weightBytesPerValue);
		const minChips = minChipsLowerBound(model, weightBytes, s.kvBytesAtEnd, rates.usableHbmBytes);
		const reason = noFitReason(minChips, system.chips, contextTokens);
		return { ...common, kind: 'does-not-fit', model, minChips, reason };
	}
	// A layout that holds a whole sequence also holds its prompt alone.
	const prefillCurves: PrefillCurve[] = [];
	for (const c of decodeCurves) {
		const curve = prefillCurve(s, c.layout, c.stage);
		if (curve) prefillCurves.push(curve);
	}
	// Targets are 99th-percentile bounds; the model's steps are means (latency.ts tail ratios).
	const meanTtftS = serving.targetTtftS / latency.ttftTailRatio;
	const meanUserTokensPerS = targetMeanUserTokensPerS(serving.targetUserTokensPerS, latency);
	const prefillPasses = packedArray(prefillCurves, (curve) => prefillPass(curve, meanTtftS));
	const prefill = searchPrefill(s, prefillPasses, eff.overlapFraction);
	const decode = searchDecode(
		s,
		decodeCurves,
		prefillPasses,
		serving,
		meanUserTokensPerS,
		meanTtftS,
		objective,
		withFrontier
	);

	if (decode.disaggregationImpossible) {
		warnings.push(
			`Disaggregated serving needs a prefill and a decode instance side by side; no such pair that meets the TTFT target fits in ${chipsText(system.chips)}, so this is served co-located.`
		);
	}
	let atTargetReason: string | null = null;
	if (!prefill.meetsTtftTarget) {
		const [target, fastest] = [serving.targetTtftS, prefill.ttftS.value.toPrecision(3)];
		const mean = meanTtftS.toPrecision(3);
		atTargetReason = `No layout reaches the TTFT target of ${target} s at the 99th percentile (a mean of ${mean} s; fastest: ${fastest} s).`;
	} else if (!decode.atTarget) {
		const target = `${serving.targetUserTokensPerS} (p99; a mean of ${meanUserTokensPerS.toPrecision(3)})`;
		const top = decode.fastestUserTokensPerS.toPrecision(3);
		atTargetReason = `The target of ${target} tokens/s per user is above the fastest modelled ${top}.`;
	}
	const ok: InferenceOk<InferencePoint[] | null> = {
		...common,
		kind: 'ok',
		model,
		precision: { weight: serving.weightPrecision, kv: serving.kvPrecision, compute, attention },
		memory: memoryFigures(
			model,
			s.weightBytesPerValue,
			BYTES_PER_VALUE[serving.kvPrecision],
			contextTokens,
			system.hbmBytes,
			eff.memoryReserveFraction
		),
		prefill,
		frontier: decode.frontier,
		fastestUserTokensPerS: decode.fastestUserTokensPerS,
		atTarget: decode.atTarget,
		atTargetReason,
		layoutsTried: layouts.length,
		layoutsFitting: decodeCurves.length,
		// As searchDecode's coShown: a layout whose own pass misses the target is off the co-located
		// frontier when any other meets it (and co-located serving is allowed).
		coLocatedMissingTtft:
			serving.servingMode !== 'disaggregated' && prefillPasses.some((p) => p.meets)
				? prefillPasses.filter((p) => !p.meets).length
				: 0
	};
	return ok;
}
