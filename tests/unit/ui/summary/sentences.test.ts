import { resolvedLayout } from '../../../fixtures/training';
import { describe, expect, it } from 'vitest';
import { defaultScenario, specFromPresetId } from '../../../../src/lib/model/scenario';
import { normalizeScenario } from '../../../../src/lib/model/normalize';
import { evaluate } from '../../../../src/lib/model/evaluate';
import { estimate, term } from '../../../../src/lib/model/estimate-types';
import { nameBesideCount } from '../../../../src/lib/format/system-name';
import { decodeScenario } from '../../../../src/lib/share/codec';
import {
	sameSentence,
	type DifferKey,
	summarize,
	wordPart,
	type PrecisionKey,
	type Sentence,
	type SummaryInput,
	type SummarySystem
} from '../../../../src/lib/ui/summary/sentences';
import { translate } from '../../../../src/lib/i18n';
import '../../../../src/lib/i18n/bound-messages';
import {
	alignBaseline,
	formatChange,
	movesSince,
	moveWords,
	type Figures
} from '../../../../src/lib/ui/summary/what-if';

const scenario = normalizeScenario(defaultScenario());
const evaluation = evaluate(scenario);
/** The hardware rows of one HGX H100 board: no FP4 figure (Hopper has none). */
const h100Rows = evaluate(
	normalizeScenario({ ...scenario, systems: [specFromPresetId('hgx-h100')!] })
).rows;
const perChip = (value: number) => estimate(value, 'tokens/s', 'x', []);
const time = (value: number) => estimate(value, 's', 't', [], { bound: 'compute' });

function input(systems: SummarySystem[], view: SummaryInput['view'] = 'hardware'): SummaryInput {
	return {
		view,
		precision: 'bf16',
		modelName: 'DeepSeek-R1',
		targetUserTokensPerS: 50,
		rows: evaluation.rows,
		systems
	};
}

const a: SummarySystem = {
	id: 'gb200-nvl72',
	figures: 'gb200',
	name: 'GB200 NVL72',
	chips: 72,
	inference: { chipTokensPerS: perChip(1000), bound: 'memory-bandwidth' },
	training: { chips: 1152, idleChips: 0, timeToTrainS: time(100), tokensPerSPerChip: perChip(10) }
};
const b: SummarySystem = {
	id: 'cloudmatrix-384',
	figures: 'cm384',
	name: 'CloudMatrix 384',
	chips: 384,
	inference: { chipTokensPerS: perChip(190), bound: 'compute' },
	training: { chips: 1152, idleChips: 0, timeToTrainS: time(400), tokensPerSPerChip: perChip(2.5) }
};

const words = (
	s: Pick<Sentence, 'parts'> & {
		key: Sentence['key'] | PrecisionKey | NonNullable<Sentence['edge']>['key'] | DifferKey;
	},
	locale: 'en' | 'zh' = 'en'
) =>
	translate(
		locale,
		s.key,
		Object.fromEntries(
			Object.entries(s.parts).map(([k, p]) => [
				k,
				wordPart(
					p,
					locale === 'en' ? 'en' : 'zh-CN',
					(r) => translate(locale, `resource.${r}`),
					// The page writes durations in the training view's words; days are enough here.
					(seconds) => `${seconds / 86_400} d`
				)
			])
		)
	);

describe('summary sentences', () => {
	it('quote the hardware table’s compute, HBM and power ratios with both sizes', () => {
		const [hardware] = summarize(input([a, b]));
		// 300 ÷ 180 PFLOP/s, 49.2 ÷ 13.4 TB, 559 ÷ 145 kW (the default table).
		expect(words(hardware!)).toBe(
			'CloudMatrix 384 (384 chips) has 1.66× the BF16 compute of GB200 NVL72 (72 chips) and 3.67× its HBM capacity, at 3.86× the power.'
		);
		expect(hardware!.formula?.value).toBeCloseTo(384 * 780e12, -12);
		// The ratio's other side, for its math: 72 × 2.5 PFLOP/s.
		expect(hardware!.against?.value).toBeCloseTo(72 * 2.5e15, -12);
	});

	it('say so when a system serves the target near its fastest speed, and only then', () => {
		// A point at 60 tokens/s per user (mean) of a fastest 70: 60 ≥ 0.8 × 70 = 56, near the edge.
		const near = (system: SummarySystem, fastest: number): SummarySystem => ({
			...system,
			inference: { ...system.inference!, userTokensPerS: 60, fastestUserTokensPerS: fastest }
		});
		const [inference] = summarize(input([near(a, 500), near(b, 70)], 'inference'));
		expect(inference!.edge?.key).toBe('summary.nearEdge');
		expect(words(inference!.edge!)).toBe(
			'CloudMatrix 384 serves this target close to its top speed (a mean of 70 tokens/s per user); near it, tokens per chip drop sharply as speed rises, so quote this ratio with its target.'
		);
		expect(words(inference!.edge!, 'zh')).toMatch(/^CloudMatrix 384 在此目标下已接近其最高速度/);
		// The reference near its edge is named the same way; neither near (60 < 0.8 × 80): nothing.
		expect(summarize(input([near(a, 70), near(b, 500)], 'inference'))[0]!.edge?.parts.who).toEqual({
			kind: 'text',
			text: 'GB200 NVL72'
		});
		expect(summarize(input([near(a, 80), near(b, 80)], 'inference'))[0]!.edge).toBeUndefined();
		// With three systems the reference's edge is said once, in the first sentence.
		const third = { ...b, name: 'GB300 NVL72' };
		const three = summarize(input([near(a, 70), near(b, 500), near(third, 500)], 'inference'));
		expect(three.filter((s) => s.topic === 'inference').map((s) => s.edge?.parts.who)).toEqual([
			{ kind: 'text', text: 'GB200 NVL72' },
			undefined
		]);
		// A sentence rebuilt with the edge moved is another sentence (the page words it again).
		const other = summarize(input([near(a, 500), near(b, 71)], 'inference'))[0]!;
		expect(sameSentence(inference!, other)).toBe(false);
	});

	it('carry both sides of every ratio for the math: the reference’s figure too', () => {
		const [, inference, training] = summarize(input([a, b]));
		expect(inference!.formula).toBe(b.inference!.chipTokensPerS);
		expect(inference!.against).toBe(a.inference!.chipTokensPerS);
		expect(training!.formula).toBe(b.training!.timeToTrainS);
		expect(training!.against).toBe(a.training!.timeToTrainS);
		// One system states its own figures: nothing to divide by.
		expect(summarize(input([a])).every((s) => s.against === undefined)).toBe(true);
	});

	it('name a board once where the sentence states its chip count', () => {
		const board = { ...b, name: 'HGX B200 (8 GPU)', chips: 8 };
		const [hardware] = summarize(input([a, board]));
		expect(words(hardware!)).toMatch(/^HGX B200 \(8 chips\) has /);
		// Trained at another size, the board's own count would contradict the cluster's.
		const training = summarize(input([a, board])).find((s) => s.topic === 'training')!;
		expect(words(training)).toContain('HGX B200 takes');
		expect(words(training)).not.toContain('8 GPU');
		// Without a count beside it, the name stays whole.
		const inference = summarize(input([a, board])).find((s) => s.topic === 'inference')!;
		expect(words(inference)).toContain('HGX B200 (8 GPU) delivers');
		expect(nameBesideCount('HGX H100 (8 GPU)')).toBe('HGX H100');
		expect(nameBesideCount('MI355X (8 GPUs)')).toBe('MI355X');
		expect(nameBesideCount('Rack (v2)')).toBe('Rack (v2)');
		expect(nameBesideCount('(8 GPU)')).toBe('(8 GPU)');
	});

	it('give tokens per chip at the target with its per-watt ratio and binding resource', () => {
		const inference = summarize(input([a, b])).find((s) => s.topic === 'inference')!;
		// 190 ÷ 1000 = 0.19 per chip; all-in per chip 1,457 ÷ 2,014 W = 0.7234 → 0.19 ÷ 0.7234 = 0.263.
		expect(words(inference)).toBe(
			'For DeepSeek-R1 at 50 tokens/s per user, CloudMatrix 384 delivers 0.190× the output tokens per chip of GB200 NVL72 (0.263× per watt), limited by compute (GB200 NVL72: HBM bandwidth).'
		);
	});

	it('say a limit the two systems share once (helper-92)', () => {
		// Both HBM-bound: "limited by HBM bandwidth (GB200 NVL72: HBM bandwidth)" said it twice.
		const same = { ...b, inference: { chipTokensPerS: perChip(190), bound: 'memory-bandwidth' } };
		const inference = summarize(input([a, same as SummarySystem])).find(
			(s) => s.topic === 'inference'
		)!;
		expect(inference.key).toBe('summary.inferenceBothBound');
		expect(words(inference)).toBe(
			'For DeepSeek-R1 at 50 tokens/s per user, CloudMatrix 384 delivers 0.190× the output tokens per chip of GB200 NVL72 (0.263× per watt); both are limited by HBM bandwidth.'
		);
		expect(words(inference, 'zh')).toBe(
			'以 DeepSeek-R1 在单用户 50 tokens/s 计，CloudMatrix 384 的单芯片输出吞吐是 GB200 NVL72 的 0.190×（每瓦 0.263×），HBM 带宽同是两者的瓶颈。'
		);
	});

	it('say "at the same speed" from the third system on, without the reference’s bound again', () => {
		// Three systems: the third is a second CloudMatrix 384, so its power ratio is B's (0.7234).
		const three = evaluate(
			normalizeScenario({ ...scenario, systems: [...scenario.systems, scenario.systems[1]!] })
		);
		const c = {
			...b,
			name: 'CloudMatrix 384 (copy)',
			inference: { chipTokensPerS: perChip(500), bound: 'compute' as const }
		};
		const sentences = summarize({ ...input([a, b, c], 'inference'), rows: three.rows }).filter(
			(s) => s.topic === 'inference'
		);
		expect(sentences.map((s) => words(s))).toEqual([
			'For DeepSeek-R1 at 50 tokens/s per user, CloudMatrix 384 delivers 0.190× the output tokens per chip of GB200 NVL72 (0.263× per watt), limited by compute (GB200 NVL72: HBM bandwidth).',
			// 500 ÷ 1000 = 0.5 per chip; 0.5 ÷ 0.7234 = 0.691 per watt.
			'At the same speed, CloudMatrix 384 (copy) delivers 0.500× the output tokens per chip of GB200 NVL72 (0.691× per watt), limited by compute.'
		]);
		expect(words(sentences[1]!, 'zh')).toBe(
			'同一速度下，CloudMatrix 384 (copy) 的单芯片输出吞吐是 GB200 NVL72 的 0.500×（每瓦 0.691×），算力是其瓶颈。'
		);
		// With no point for B, C's sentence is the first to state the speed and the reference's bound.
		const withoutB = summarize({
			...input([a, { ...b, inference: null }, c], 'inference'),
			rows: three.rows
		}).filter((s) => s.topic === 'inference');
		expect(withoutB.map((s) => s.key)).toEqual(['summary.inferenceMissing', 'summary.inference']);
		expect(words(withoutB[1]!)).toContain('(GB200 NVL72: HBM bandwidth).');
		// Each sentence knows its system, and whose figure its formula is: B has none, so its
		// sentence's formula is A's, and its button must say so (helper-107).
		expect(withoutB.map((s) => [s.of, s.formulaOf])).toEqual([
			[1, 'reference'],
			[2, undefined]
		]);
		expect(withoutB[0]!.formula).toBe(a.inference!.chipTokensPerS);
	});

	it('say why a system has no point, in the inference view’s words, when the page knows', () => {
		const why = 'does not fit (needs at least 40 chips; 8 in this system).';
		const [sentence] = summarize(
			input([a, { ...b, inference: null, whyNoInference: why }], 'inference')
		).filter((s) => s.topic === 'inference');
		expect(sentence!.key).toBe('summary.inferenceMissingWhy');
		expect(words(sentence!)).toBe(
			'For DeepSeek-R1 at 50 tokens/s per user, CloudMatrix 384 cannot be set against GB200 NVL72. CloudMatrix 384: does not fit (needs at least 40 chips; 8 in this system).'
		);
		expect(words(sentence!, 'zh')).toBe(
			'以 DeepSeek-R1 在单用户 50 tokens/s 计，CloudMatrix 384 无法与 GB200 NVL72 比较。CloudMatrix 384：does not fit (needs at least 40 chips; 8 in this system).'
		);
	});

	it('say why for both systems when neither has a point or a training estimate (helper-86)', () => {
		const fit = 'does not fit (needs at least 5 chips; 1 in this system).';
		const fast = 'the target is above the fastest modelled mean speed, 56.';
		const trains = 'No layout tried on 1 chip fits in HBM.';
		const sentences = summarize(
			input(
				[
					{
						...a,
						inference: null,
						whyNoInference: fit,
						training: undefined,
						whyNoTraining: trains
					},
					{
						...b,
						inference: null,
						whyNoInference: fast,
						training: undefined,
						whyNoTraining: trains
					}
				],
				'inference'
			)
		);
		const inference = sentences.find((s) => s.topic === 'inference')!;
		expect(inference.key).toBe('summary.inferenceMissingBoth');
		expect(words(inference)).toBe(
			`For DeepSeek-R1 at 50 tokens/s per user, neither CloudMatrix 384 nor GB200 NVL72 has an operating point. CloudMatrix 384: ${fast} GB200 NVL72: ${fit}`
		);
		expect(words(inference, 'zh')).toBe(
			`以 DeepSeek-R1 在单用户 50 tokens/s 计，CloudMatrix 384 与 GB200 NVL72 都没有可行的工作点。CloudMatrix 384：${fast}GB200 NVL72：${fit}`
		);
		const training = sentences.find((s) => s.topic === 'training')!;
		expect(words(training)).toBe(
			`Training DeepSeek-R1: neither CloudMatrix 384 nor GB200 NVL72 has an estimate with these settings. CloudMatrix 384: ${trains} GB200 NVL72: ${trains} See the Training view.`
		);
	});

	it('say training compares equal clusters, or that the sizes differ and the per-chip ratio', () => {
		const same = summarize(input([a, b])).find((s) => s.topic === 'training')!;
		expect(words(same)).toContain('same size (1,152 chips each)');
		expect(words(same)).toContain('takes 4.00× the time');
		const bigger = { ...b, training: { ...b.training!, chips: 2304, timeToTrainS: time(200) } };
		const unequal = summarize(input([a, bigger])).find((s) => s.topic === 'training')!;
		expect(unequal.key).toBe('summary.trainingUnequal');
		// The per-chip ratio leads (the nearer to equal footing); the cluster's time follows with both
		// sizes, so a reader skimming the first figure does not quote 2.00× as if the clusters matched.
		expect(words(unequal)).toMatch(
			/^Training DeepSeek-R1 on clusters of different sizes, per chip CloudMatrix 384 delivers 0\.250× the tokens\/s of GB200 NVL72, limited by .+; its 2,304 chips take 2\.00× the time of GB200 NVL72’s 1,152, a figure that mostly counts their chips\.$/
		);
		expect(words(unequal, 'zh')).toMatch(
			/^在规模不同的集群上训练 DeepSeek-R1，按单芯片计，CloudMatrix 384 的 tokens\/s 是 GB200 NVL72 的 0\.250×，.+；其 2,304 颗芯片所需时间是 GB200 NVL72（1,152 颗芯片）的 2\.00×/
		);
		// It read "GB200 NVL72 1,152 颗芯片": the name's digits ran into the count (helper-153).
		expect(words(unequal, 'zh')).not.toMatch(/NVL72 [\d,]+ 颗/);
	});

	it('say when a run never finishes once interruptions are counted (found by helper-82)', () => {
		const training = (s: SummarySystem) =>
			summarize(input([a, s])).find((t) => t.topic === 'training')!;
		expect(training(b).edge).toBeUndefined();
		// CloudMatrix 384's goodput is zero (a restart longer than the time between interruptions).
		const stalled = { ...b, training: { ...b.training!, neverFinishes: true } };
		const sentence = training(stalled);
		expect(sentence.key).toBe('summary.training'); // the ratio still compares the times without
		expect(words(sentence.edge!)).toBe(
			'These times leave interruptions out: with them, CloudMatrix 384 never finishes (no goodput is left; see Reliability).'
		);
		expect(words(sentence.edge!, 'zh')).toMatch(
			/^以上时间未计入中断：计入后，CloudMatrix 384 永远无法完成训练/
		);
	});

	it('put the open view first and never print NaN when figures are missing', () => {
		expect(summarize(input([a, b], 'training'))[0]!.topic).toBe('training');
		expect(summarize(input([a, b], 'inference'))[0]!.topic).toBe('inference');
		const none = { ...b, inference: null, training: undefined };
		const texts = summarize(input([a, none])).map((s) => words(s));
		expect(texts.join(' ')).not.toMatch(/NaN|Infinity|undefined|\{/);
		expect(texts.join(' ')).toContain('CloudMatrix 384 has no operating point at that speed');
		const computing = summarize(input([a, { ...b, training: null }]));
		expect(computing.find((s) => s.topic === 'training')!.key).toBe('summary.trainingComputing');
	});

	it('compare compute at the nearest precision both have when one lacks the asked one', async () => {
		await import('../../../../src/lib/catalog/all-systems');
		// Vera Rubin publishes no BF16 figure (systems-2026.ts); both have FP8, the nearest to BF16.
		const rows = evaluate(decodeScenario('v=1&a=gb200-nvl72&b=vr-nvl72').scenario).rows;
		const fp8 = rows.find((row) => row.id === 'denseFlopsPerS.fp8')!;
		const rubin = { ...b, name: 'Vera Rubin NVL72', chips: 72 };
		const [hardware] = summarize({ ...input([a, rubin]), rows });
		expect(hardware!.key).toBe('summary.hardwareOtherPrecision');
		expect(hardware!.parts.compute).toEqual({ kind: 'ratio', value: fp8.ratios[1] });
		// The sentence's math is Rubin's FP8 compute, the figure the ratio is of.
		expect(hardware!.formula).toBe(fp8.values[1]);
		expect(words(hardware!)).toMatch(
			/^Vera Rubin NVL72 has no BF16 compute figure; at FP8, Vera Rubin NVL72 \(72 chips\) has \d.*× the compute of GB200 NVL72 \(72 chips\) and 1\.\d+× its HBM capacity, at .+× the power\.$/
		);
		expect(words(hardware!, 'zh')).toMatch(
			/^Vera Rubin NVL72 没有 BF16 算力数据；按 FP8 计，Vera Rubin NVL72（72 颗芯片）的算力是 GB200 NVL72/
		);
		// The reference lacking it is named, not the system compared (H100 has no FP4; GB200 has).
		const h100First = evaluate(
			decodeScenario('v=1&a=hgx-h100&b=gb200-nvl72&basis=fp4').scenario
		).rows;
		const gb200 = { ...b, name: 'GB200 NVL72', chips: 72 };
		const [fp4] = summarize({
			...input([{ ...a, name: 'HGX H100 (8 GPU)', chips: 8 }, gb200]),
			precision: 'fp4',
			rows: h100First
		});
		expect(words(fp4!)).toMatch(
			/^HGX H100 has no FP4 compute figure; at FP8, GB200 NVL72 \(72 chips\) has .+× the compute of HGX H100 \(8 chips\)/
		);
		// Neither publishes BF16 (helper-88: the sentence named Helios alone, as if Rubin had it).
		const rubinFirst = evaluate(decodeScenario('v=1&a=vr-nvl72&b=helios').scenario).rows;
		const [neither] = summarize({
			...input([
				{ ...a, name: 'Vera Rubin NVL72', chips: 72 },
				{ ...b, name: 'AMD Helios (72 GPU)', chips: 72 }
			]),
			rows: rubinFirst
		});
		expect(neither!.key).toBe('summary.hardwareOtherPrecisionBoth');
		expect(words(neither!)).toMatch(
			/^Neither Vera Rubin NVL72 nor AMD Helios publishes a compute figure at BF16; at FP8, AMD Helios \(72 chips\) has .+× the compute of Vera Rubin NVL72/
		);
		expect(words(neither!, 'zh')).toMatch(
			/^Vera Rubin NVL72 与 AMD Helios 都没有 BF16 算力数据；按 FP8 计/
		);
	});

	it('count a cluster whole, idle chips too, as its tokens/s per chip does', () => {
		// 1,088 in use and 64 idle is still a cluster of 1,152: the same size as A's.
		const idle = { ...b, training: { ...b.training!, chips: 1088, idleChips: 64 } };
		const same = summarize(input([a, idle])).find((s) => s.topic === 'training')!;
		expect(same.key).toBe('summary.training');
		expect(words(same)).toContain('same size (1,152 chips each)');
	});

	it('say why training has no estimate, and point to the Training view only from elsewhere', () => {
		const why = 'No layout tried on 8 chips fits in HBM: join more systems or use a smaller model.';
		const board = { ...b, name: 'HGX B200 (8 GPU)', training: undefined, whyNoTraining: why };
		const elsewhere = summarize(input([a, board])).find((s) => s.topic === 'training')!;
		expect(words(elsewhere)).toBe(
			`Training DeepSeek-R1: HGX B200 (8 GPU) has no estimate with these settings. ${why} See the Training view.`
		);
		const here = summarize(input([a, board], 'training')).find((s) => s.topic === 'training')!;
		expect(words(here)).toBe(
			`Training DeepSeek-R1: HGX B200 (8 GPU) has no estimate with these settings. ${why}`
		);
		expect(words(here)).not.toContain('Training view');
		const zhWhy = '尝试过的布局在 8 颗芯片上都放不进 HBM。';
		const zh = summarize(input([a, { ...board, whyNoTraining: zhWhy }], 'training'));
		expect(
			words(
				zh.find((s) => s.topic === 'training')!,
				'zh'
			)
		).toBe(`训练 DeepSeek-R1：HGX B200 (8 GPU) 在当前设置下没有估算。${zhWhy}`);
	});

	it('say which precision each system computes in when they differ, and only then', () => {
		// The default: GB200 NVL72 trains in FP8; CloudMatrix 384 has no FP8 figure and trains in
		// BF16, and serves in INT8 against GB200's FP8. A ratio across precisions must say so.
		const mixed = summarize(
			input([
				{ ...a, trainsIn: 'fp8', servesIn: 'fp8' },
				{ ...b, trainsIn: 'bf16', servesIn: 'int8' }
			])
		);
		const clause = (topic: string, locale: 'en' | 'zh' = 'en') => {
			const p = mixed.find((s) => s.topic === topic)!.precisions!;
			return words(p, locale);
		};
		expect(clause('training')).toBe('CloudMatrix 384 trains in BF16, GB200 NVL72 in FP8.');
		expect(clause('inference')).toBe('CloudMatrix 384 serves in INT8, GB200 NVL72 in FP8.');
		expect(clause('training', 'zh')).toBe(
			'CloudMatrix 384 以 BF16 训练，GB200 NVL72 以 FP8 训练。'
		);
		expect(mixed.find((s) => s.topic === 'hardware')!.precisions).toBeUndefined();
		// Whole names: the clause states no count, so a board at two sizes stays two names.
		const boards = summarize(
			input([
				{ ...a, name: 'HGX H100 (8 GPU)', servesIn: 'fp8' },
				{ ...b, name: 'HGX H100 (72 GPU)', servesIn: 'bf16' }
			])
		);
		const served = boards.find((s) => s.topic === 'inference')!.precisions!;
		expect(words(served)).toBe('HGX H100 (72 GPU) serves in BF16, HGX H100 (8 GPU) in FP8.');
		// The same precision on both sides: no clause.
		const same = summarize(
			input([
				{ ...a, trainsIn: 'bf16', servesIn: 'fp8' },
				{ ...b, trainsIn: 'bf16', servesIn: 'fp8' }
			])
		);
		expect(same.every((s) => s.precisions === undefined)).toBe(true);
		// A clause that changes makes the sentence a new one (worded again on a tick).
		const before = mixed.find((s) => s.topic === 'training')!;
		const after = same.find((s) => s.topic === 'training')!;
		expect(sameSentence(before, after)).toBe(false);
		expect(sameSentence(before, { ...before })).toBe(true);
	});

	it('number counts with the language’s separators', () => {
		const same = summarize(input([a, b])).find((s) => s.topic === 'training')!;
		expect(words(same, 'zh')).toContain('1,152');
	});

	it('state one system’s own figures, with units and bounds, when there is nothing to compare', () => {
		// A link to one preset once showed the summary's heading over nothing.
		const [hardware, inference, training] = summarize(input([a]));
		// The default table's GB200 NVL72: 180 PFLOP/s BF16, 13.4 TB of HBM, 145 kW all-in.
		expect(words(hardware!)).toBe(
			'GB200 NVL72 (72 chips) has 180\u00a0PFLOP/s of BF16 compute and 13.4\u00a0TB of HBM, at 145\u00a0kW.'
		);
		expect(hardware!.formula?.unit).toBe('FLOP/s');
		expect(words(inference!)).toBe(
			'For DeepSeek-R1 at 50 tokens/s per user, GB200 NVL72 delivers 1,000 output tokens/s per chip, limited by HBM bandwidth.'
		);
		// 100 s ÷ 86,400 s per day, in the test's own day words.
		expect(words(training!)).toBe(
			`Training DeepSeek-R1 on 1,152 chips, GB200 NVL72 takes ${100 / 86_400} d, limited by compute.`
		);
		expect(words(training!, 'zh')).toMatch(
			/^在 1,152 颗芯片上训练 DeepSeek-R1，GB200 NVL72 需要 .+ d，算力是其瓶颈。$/
		);
		expect(words(hardware!, 'zh')).toBe(
			'GB200 NVL72（72 颗芯片）的 BF16 算力为 180\u00a0PFLOP/s，HBM 容量为 13.4\u00a0TB，功耗为 145\u00a0kW。'
		);
		// H100 has no FP4 (the catalog cites that it has none): the sentence says so, and gives the
		// nearest precision's instead: 8 × 1,979 TFLOP/s FP8 = 15.8 PFLOP/s.
		const fp4 = summarize({ ...input([a]), precision: 'fp4', rows: h100Rows })[0]!;
		expect(words(fp4)).toBe(
			'GB200 NVL72 (72 chips) has no FP4 compute figure; it has 15.8\u00a0PFLOP/s of FP8 compute and 640\u00a0GB of HBM, at 10.2\u00a0kW.'
		);
		expect(fp4.formula?.terms[1]?.value).toBe(1.979e15);
		// Training without an estimate says why, in the training view's words.
		const untrained = summarize(
			input([{ ...a, training: undefined, whyNoTraining: 'It does not fit.' }], 'training')
		)[0]!;
		expect(words(untrained)).toBe(
			'Training DeepSeek-R1: GB200 NVL72 has no estimate with these settings. It does not fit.'
		);
		// No point at the target: the reason, in the inference view's words, after a colon.
		const unserved = summarize(
			input([
				{
					...a,
					inference: null,
					whyNoInference: 'does not fit (needs at least 5 chips; 4 in this system).'
				}
			])
		)[1]!;
		expect(words(unserved)).toBe(
			'For DeepSeek-R1 at 50 tokens/s per user, there is no estimate for GB200 NVL72: does not fit (needs at least 5 chips; 4 in this system).'
		);
		const pending = summarize(input([{ ...a, inference: null, training: null }], 'training'));
		expect(pending.map((s) => s.key)).toEqual([
			'summary.soloTrainingComputing',
			'summary.soloHardware',
			'summary.soloInferenceNone'
		]);
	});
});

// GB300 NVL72 beside GB200 NVL72 came out at 1.00× with nothing saying why: read as "GB300 buys
// nothing" or "the tool is broken" (helper-156).
describe('a ratio about 1 between systems that differ', () => {
	const gb200 = specFromPresetId('gb200-nvl72')!;
	const gb300 = specFromPresetId('gb300-nvl72')!;
	const rows = evaluate(normalizeScenario({ ...scenario, systems: [gb200, gb300] })).rows;
	const system = (spec: typeof gb200, tokens: number, trainTime: number): SummarySystem => ({
		...a,
		id: spec.presetId ?? 'custom',
		name: spec.name,
		spec,
		servesIn: 'fp8',
		trainsIn: 'fp8',
		inference: { chipTokensPerS: perChip(tokens), bound: 'memory-bandwidth' },
		training: {
			chips: 1152,
			idleChips: 0,
			timeToTrainS: time(trainTime),
			tokensPerSPerChip: perChip(1e6 / trainTime)
		}
	});
	const summary = (me: SummarySystem, view: SummaryInput['view']) =>
		summarize({ ...input([system(gb200, 1000, 100), me], view), rows }).find(
			(s) => s.topic === view
		)!;

	it('says what limits both, the same on each, and what they differ in', () => {
		const gb300At = system(gb300, 1000, 100);
		const differs = {
			kind: 'fields',
			fields: ['denseFlopsPerS.fp4', 'hbmBytes', 'scaleOutBytesPerS', 'power']
		};
		// Serving: both limited by HBM bandwidth, 8 TB/s per chip.
		expect(summary(gb300At, 'inference').equal).toEqual({
			key: 'summary.equal.inference',
			parts: {
				system: { kind: 'text', text: 'GB300 NVL72' },
				reference: { kind: 'text', text: 'GB200 NVL72' },
				bound: { kind: 'fields', fields: ['hbmBytesPerS'] },
				value: { kind: 'quantity', value: 8e12, unit: 'B/s' },
				differs
			}
		});
		// Hardware at BF16: 72 × 2.5 PFLOP/s on each (the table's ratio, 1.00×).
		expect(summary(gb300At, 'hardware').equal?.parts).toEqual(
			expect.objectContaining({
				bound: { kind: 'fields', fields: ['denseFlopsPerS.bf16'] },
				value: { kind: 'quantity', value: 2.5e15, unit: 'FLOP/s' },
				differs
			})
		);
		// Training: both compute-bound at FP8, 5 PFLOP/s per chip.
		expect(summary(gb300At, 'training').equal?.parts.bound).toEqual({
			kind: 'fields',
			fields: ['denseFlopsPerS.fp8']
		});
	});

	it('says nothing when the figures differ, or the systems do not', () => {
		// 1,100 ÷ 1,000 = 1.10× tokens per chip; 100 ÷ 80 = 1.25× faster training.
		expect(summary(system(gb300, 1100, 80), 'inference').equal).toBeUndefined();
		expect(summary(system(gb300, 1100, 80), 'training').equal).toBeUndefined();
		// An unedited duplicate of the reference: equal, and nothing to explain.
		const copy = system({ ...gb200, name: 'GB200 NVL72 (2)' }, 1000, 100);
		expect(summary(copy, 'inference').equal).toBeUndefined();
		// A system the state gave no spec (a what-if figure): no comparison of specs.
		expect(summary({ ...system(gb300, 1000, 100), spec: undefined }, 'inference').equal).toBe(
			undefined
		);
	});
});

// GB300 NVL72 took 0.792× the time of GB200 NVL72, both "limited by compute" at the same 5 PFLOP/s
// of FP8 per chip, and nothing said the layout made the gap (helper-157).
describe('a training ratio away from 1 with the same limit on each', () => {
	const gb200 = specFromPresetId('gb200-nvl72')!;
	const gb300 = specFromPresetId('gb300-nvl72')!;
	const rows = evaluate(normalizeScenario({ ...scenario, systems: [gb200, gb300] })).rows;
	const layout = (degrees: { tp?: number; pp?: number; dp: number; ep: number }) =>
		resolvedLayout({ microbatches: 256, ...degrees });
	const run = (
		spec: typeof gb200,
		tokensPerChip: number,
		[degrees, mfu, memoryBytes]: [Parameters<typeof layout>[0], number, number]
	): SummarySystem => ({
		...a,
		id: spec.presetId!,
		name: spec.name,
		spec,
		trainsIn: 'fp8',
		training: {
			chips: 64,
			idleChips: 8,
			timeToTrainS: time(1e9 / tokensPerChip),
			tokensPerSPerChip: perChip(tokensPerChip),
			layout: layout(degrees),
			mfu: estimate(mfu, '1', 'mfu', []),
			memory: { totalBytes: estimate(memoryBytes, 'B', 'totalBytes', []) }
		}
	});
	// The model's answers for the link (why-differ.test.ts): 5,394 and 6,807 tokens/s per chip.
	const gb200Run = run(gb200, 5394, [{ tp: 4, dp: 16, ep: 64 }, 0.304, 183e9]);
	const training = (me: SummarySystem) =>
		summarize({ ...input([gb200Run, me], 'training'), rows }).find((s) => s.topic === 'training')!;

	it('names each layout and MFU, and the HBM that let the faster pick its own', () => {
		const sentence = training(run(gb300, 6807, [{ pp: 16, dp: 4, ep: 2 }, 0.384, 278.8e9]));
		expect(sentence.equal).toBeUndefined();
		expect(sentence.differ?.key).toBe('summary.differ.trainingRoom');
		// Figures keep their unit on the line ("5\u00a0PFLOP/s"): spaces here, to read. The page
		// names the figure (field-words.ts); this test's wording gives its id.
		expect(words(sentence.differ!).replaceAll('\u00a0', ' ')).toBe(
			'Both are limited by denseFlopsPerS.fp8, 5 PFLOP/s per chip on each; the gap is the layout each picks: GB300 NVL72 runs PP16 · EP2 at 38.4% MFU, GB200 NVL72 runs TP4 · EP64 at 30.4%; GB300 NVL72’s layout needs 279 GB of HBM per chip, and GB200 NVL72 has 186 GB.'
		);
	});

	it('leaves HBM out when the faster layout would fit the slower chip, and says nothing at 1×', () => {
		const fits = training(run(gb300, 6807, [{ pp: 16, dp: 4, ep: 2 }, 0.384, 150e9]));
		expect(fits.differ?.key).toBe('summary.differ.training');
		expect(fits.differ?.parts).not.toHaveProperty('needs');
		// 5,400 ÷ 5,394: about 1, whyEqual's sentence instead.
		const even = training(run(gb300, 5400, [{ pp: 16, dp: 4, ep: 2 }, 0.304, 278.8e9]));
		expect(even.differ).toBeUndefined();
		expect(even.equal?.key).toBe('summary.equal.training');
		// A run whose answer carries no layout (a what-if figure): nothing to say.
		const bare = run(gb300, 6807, [{ pp: 16, dp: 4, ep: 2 }, 0.384, 278.8e9]);
		const { layout: _layout, ...noLayout } = bare.training!;
		expect(training({ ...bare, training: noLayout }).differ).toBeUndefined();
	});
});

describe('what if', () => {
	it('reports each system’s relative moves since the baseline, and leaves still ones out', () => {
		const before = [
			{ id: 'a', figures: 'a', name: 'A', chipTokensPerS: 100, timeToTrainS: 10 },
			{ id: 'b', figures: 'b', name: 'B', chipTokensPerS: 50, timeToTrainS: 20 }
		];
		const after = [
			before[0]!,
			{ id: 'b', figures: 'b2', name: 'B', chipTokensPerS: 50.7, timeToTrainS: 19.2 }
		];
		const { moves, added } = movesSince(before, after);
		expect(added).toEqual([]);
		expect(moves).toHaveLength(1);
		expect(moves[0]!.inference).toBeCloseTo(0.014, 10);
		expect(moves[0]!.training).toBeCloseTo(-0.04, 10);
		expect(formatChange(moves[0]!.inference, 'en')).toBe('+1.4%');
		expect(formatChange(moves[0]!.training, 'en')).toBe('\u22124%'); // a minus sign, as "−20%" elsewhere
		expect(formatChange(null, 'en')).toBe('—');
	});

	// "GB200 NVL72: tokens per chip at the target —, time to train −27%.": a bare dash for a value
	// in a sentence. It says which side has no operating point at the target (helper-145).
	it('says in words which side has no operating point at the target, or no time to train', () => {
		const base: Figures = {
			id: 'a',
			figures: 'a',
			name: 'GB200 NVL72',
			chipTokensPerS: 2600,
			timeToTrainS: 10
		};
		const sentence = (before: Figures, after: Figures, locale: 'en' | 'zh') => {
			const { moves } = movesSince([before], [after]);
			const tag = locale === 'zh' ? 'zh-CN' : 'en';
			const t = (key: Parameters<typeof translate>[1], params?: Record<string, string>) =>
				translate(locale, key, params);
			return translate(locale, 'summary.moved', {
				system: moves[0]!.name,
				...moveWords(moves[0]!, t, tag)
			});
		};
		const edited = { ...base, figures: 'a2', chipTokensPerS: null, timeToTrainS: 7.3 };
		expect(sentence(base, edited, 'en')).toBe(
			'GB200 NVL72: no operating point at the target now (the baseline had one), time to train \u221227%.'
		);
		expect(sentence(base, edited, 'zh')).toBe(
			'GB200 NVL72：现在在目标速度下没有运行点（基准有），训练时间 \u221227%。'
		);
		const noPointBefore = { ...base, chipTokensPerS: null };
		const reached = { ...base, figures: 'a2', timeToTrainS: null };
		expect(sentence(noPointBefore, reached, 'en')).toBe(
			'GB200 NVL72: an operating point at the target now (none in the baseline), time to train not known now (the baseline had one).'
		);
		expect(sentence(noPointBefore, reached, 'zh')).toBe(
			'GB200 NVL72：现在在目标速度下有运行点（基准没有），现在训练时间未知（基准有）。'
		);
		const neither = { ...noPointBefore, figures: 'a2', timeToTrainS: 12.5 };
		expect(sentence(noPointBefore, neither, 'en')).toBe(
			'GB200 NVL72: no operating point at the target, in the baseline or now, time to train +25%.'
		);
		expect(sentence(noPointBefore, neither, 'zh')).toBe(
			'GB200 NVL72：基准和现在在目标速度下都没有运行点，训练时间 +25%。'
		);
		// Both figures on both sides: the changes, as before.
		const faster = { ...base, figures: 'a2', chipTokensPerS: 2636.4, timeToTrainS: 9.6 };
		expect(sentence(base, faster, 'en')).toBe(
			'GB200 NVL72: tokens per chip at the target +1.4%, time to train \u22124%.'
		);
	});

	// The sentences above are pinned word for word, so a dash check on them could never fail on its
	// own. This one goes through every way each figure can be there or not, on either side, in both
	// languages: a move whose missing figure fell back to formatChange's '—' fails it.
	it('never stands a dash in for a figure, whichever side lacks it, in either language', () => {
		const values = [null, 10, 12.5];
		const texts: string[] = [];
		let missingSides = 0;
		for (const tokensBefore of values)
			for (const tokensNow of values)
				for (const timeBefore of values)
					for (const timeNow of values) {
						const before = {
							id: 'a',
							figures: 'a',
							name: 'GB200 NVL72',
							chipTokensPerS: tokensBefore,
							timeToTrainS: timeBefore
						};
						const now = {
							...before,
							figures: 'a2',
							chipTokensPerS: tokensNow,
							timeToTrainS: timeNow
						};
						for (const move of movesSince([before], [now]).moves) {
							if (move.inferenceMissing) missingSides++;
							if (move.trainingMissing) missingSides++;
							for (const locale of ['en', 'zh'] as const) {
								const t = (key: Parameters<typeof translate>[1], params?: Record<string, string>) =>
									translate(locale, key, params);
								texts.push(
									translate(locale, 'summary.moved', {
										system: move.name,
										...moveWords(move, t, locale === 'zh' ? 'zh-CN' : 'en')
									})
								);
							}
						}
					}
		// 81 pairs; the 9 where neither figure moved or appeared say nothing (summary.movedNone).
		expect(texts).toHaveLength(72 * 2);
		expect(missingSides).toBeGreaterThan(0);
		for (const text of texts) expect(text).not.toContain('—');
	});

	it('compares each system with itself in the baseline, wherever it moved (found by helper-82)', () => {
		const gb200 = {
			id: 'gb200-nvl72',
			figures: 'nvl72',
			name: 'GB200 NVL72',
			chipTokensPerS: 3000,
			timeToTrainS: 8
		};
		const cm384 = {
			id: 'cloudmatrix-384',
			figures: 'cm384',
			name: 'CloudMatrix 384',
			chipTokensPerS: 940,
			timeToTrainS: 30
		};
		const tpu = {
			id: 'tpu7x-pod',
			figures: 'pod',
			name: 'TPU7x pod',
			chipTokensPerS: 2540,
			timeToTrainS: 2
		};
		// Moving A after B, or removing A, moves nothing (by slot: +219% and −69%).
		expect(movesSince([gb200, cm384], [cm384, gb200])).toEqual({ moves: [], added: [] });
		expect(movesSince([gb200, cm384], [cm384])).toEqual({ moves: [], added: [] });
		// A preset replaced in its slot is not compared with the one it replaced.
		expect(movesSince([gb200, cm384], [gb200, tpu])).toEqual({ moves: [], added: ['TPU7x pod'] });
		// Moved and edited: its own change, from its own baseline figures (3000 → 3300: +10%).
		const faster = { ...gb200, figures: 'nvl72, faster', chipTokensPerS: 3300 };
		const { moves } = movesSince([gb200, cm384], [cm384, faster]);
		expect(moves.map((m) => [m.index, m.name])).toEqual([[1, 'GB200 NVL72']]);
		expect(moves[0]!.inference).toBeCloseTo(0.1, 12);
		// Two copies of one preset at different chips (helper-83): swapped, or the first removed,
		// each is still compared with itself.
		const small = {
			...gb200,
			figures: 'nvl72 at 36',
			name: 'GB200 NVL72 (36)',
			chipTokensPerS: 2900
		};
		const large = { ...gb200, name: 'GB200 NVL72 (72)', chipTokensPerS: 3100 };
		const still = { moves: [], added: [] };
		expect(movesSince([small, large], [small, large])).toEqual(still);
		expect(movesSince([small, large], [large, small])).toEqual(still);
		expect(movesSince([small, large], [large])).toEqual(still);
		// Two custom systems: removing X leaves Y compared with Y.
		const x = { ...small, id: 'custom', name: 'X' };
		const y = { ...large, id: 'custom', name: 'Y' };
		expect(movesSince([x, y], [y])).toEqual(still);
		// A preset turned Custom keeps its figures: still the same machine, not a new one.
		expect(movesSince([gb200, cm384], [{ ...gb200, id: 'custom' }, cm384])).toEqual(still);
	});

	it('lines today’s systems up with the baseline’s: matched, added, removed, reordered', () => {
		const f = (id: string, figures = id) => ({
			id,
			figures,
			name: id,
			chipTokensPerS: 1,
			timeToTrainS: 1
		});
		const [a, b, c] = [f('a'), f('b'), f('c')];
		expect(alignBaseline([a, b], [b, a])).toEqual({ match: [1, 0], removed: [], reordered: true });
		expect(alignBaseline([a, b, c], [c, a, b])).toMatchObject({
			match: [2, 0, 1],
			reordered: true
		});
		// Edited and moved: still itself (the same preset).
		expect(alignBaseline([a, b], [b, f('a', 'a at 36 chips')]).match).toEqual([1, 0]);
		expect(alignBaseline([a, b], [a, b])).toEqual({ match: [0, 1], removed: [], reordered: false });
		// B removed: C slides into B's slot but is C, not B edited (helper-86).
		expect(alignBaseline([a, b, c], [a, c])).toEqual({
			match: [0, 2],
			removed: [1],
			reordered: false
		});
		// Added, and replaced in its slot: one added, one removed.
		expect(alignBaseline([a, b], [a, b, c])).toEqual({
			match: [0, 1, -1],
			removed: [],
			reordered: false
		});
		expect(alignBaseline([a, b], [a, c])).toEqual({
			match: [0, -1],
			removed: [1],
			reordered: false
		});
		// Two copies of a preset, A edited to equal B: A is still A (helper-87: it read as swapped).
		const at72 = f('gb200', 'nvl72 at 72');
		const at36 = f('gb200', 'nvl72 at 36');
		expect(alignBaseline([at72, at36], [at36, at36])).toEqual({
			match: [0, 1],
			removed: [],
			reordered: false
		});
		expect(alignBaseline([at72, at36], [at36, at72]).match).toEqual([1, 0]);
		// Removed and the rest swapped.
		expect(alignBaseline([a, b, c], [c, b])).toEqual({
			match: [2, 1],
			removed: [0],
			reordered: true
		});
	});

	it('are the same sentence when rebuilt equal, and not when a figure or its formula moved', () => {
		const [first] = summarize(input([a, b], 'inference'));
		const [again] = summarize(input([a, b], 'inference'));
		expect(again).not.toBe(first);
		expect(sameSentence(first!, again!)).toBe(true);
		// 190 → 191 tokens/s per chip: a part (the ratio) moves.
		const faster = { ...b, inference: { chipTokensPerS: perChip(191), bound: 'compute' as const } };
		const [moved] = summarize(input([a, faster], 'inference'));
		expect(sameSentence(first!, moved!)).toBe(false);
		// The same words from another formula (its inputs differ): the open inspector must follow.
		const otherInputs = estimate(190, 'tokens/s', 'x', [term('n', 2, 'tokens/s')]);
		const reworked = {
			...b,
			inference: { chipTokensPerS: otherInputs, bound: 'compute' as const }
		};
		const [same] = summarize(input([a, reworked], 'inference'));
		expect(words(same!)).toBe(words(first!));
		expect(sameSentence(first!, same!)).toBe(false);
		// A name (a text part) or the bound (a resource part) moves, the numbers do not.
		const [renamed] = summarize(input([a, { ...b, name: 'B′' }], 'inference'));
		expect(sameSentence(first!, renamed!)).toBe(false);
		const rebound = { ...b, inference: { ...b.inference!, bound: 'memory-bandwidth' as const } };
		const [otherBound] = summarize(input([a, rebound], 'inference'));
		expect(Object.values(otherBound!.parts).some((p) => p.kind === 'resource')).toBe(true);
		expect(sameSentence(first!, otherBound!)).toBe(false);
	});

	it('mark the figures a ratio rests on that are assumed, the reference’s in its first sentence only', () => {
		const assumedB = {
			...b,
			assumed: ['allInPowerPerChipW', 'software:prior'],
			softwareFraction: 0.76
		};
		const assumedA = { ...a, assumed: ['hbmBytesPerS', 'scaleUpBytesPerS'] };
		const c = { ...b, name: 'C', assumed: ['denseFlopsPerS.bf16'] };
		const [hardwareB, hardwareC] = summarize(input([assumedA, assumedB, c]));
		// The hardware sentence rests on BF16 compute, HBM capacity and all-in power: A's HBM
		// bandwidth and scale-up are not in it; B's power is.
		expect(hardwareB!.assumed).toEqual([
			{ system: 'CloudMatrix 384', figure: 'allInPowerPerChipW' }
		]);
		expect(hardwareC!.assumed).toEqual([{ system: 'C', figure: 'denseFlopsPerS.bf16' }]);
		// Serving rests on the figure binding each (A: HBM bandwidth; B: compute, at the precision
		// it serves in, which this input does not name) and on power and software for both; B's
		// hop latency would count only where latency binds it.
		const [servingB, servingC] = summarize(input([assumedA, assumedB, c], 'inference'));
		expect(servingB!.assumed).toEqual([
			{ system: 'GB200 NVL72', figure: 'hbmBytesPerS' },
			{ system: 'CloudMatrix 384', figure: 'allInPowerPerChipW' },
			{ system: 'CloudMatrix 384', figure: 'software:prior', value: 0.76 }
		]);
		// Collective latency is a global calibrated efficiency, not a preset's figure: a latency-bound
		// ratio lists no hop latency. Serving does not read the scale-out's oversubscription either;
		// training divides by it.
		const latencyBound = { ...assumedB, inference: { ...b.inference!, bound: 'latency' as const } };
		expect(
			summarize(input([a, latencyBound], 'inference'))[0]!.assumed!.map((x) => x.figure)
		).not.toContain('hopLatencyS');
		const outB = {
			...b,
			assumed: ['scaleOutBytesPerS', 'oversubscription'],
			inference: { ...b.inference!, bound: 'scale-out' as const },
			training: {
				...b.training!,
				timeToTrainS: estimate(400, 's', 't', [], { bound: 'scale-out' })
			}
		};
		const [outServing] = summarize(input([a, outB], 'inference'));
		expect(outServing!.assumed!.map((x) => x.figure)).toEqual(['scaleOutBytesPerS']);
		const [outTraining] = summarize(input([a, outB], 'training'));
		expect(outTraining!.assumed!.map((x) => x.figure)).toEqual([
			'scaleOutBytesPerS',
			'oversubscription'
		]);
		// "At the same speed": A's were said in B's sentence.
		expect(servingC!.key).toBe('summary.inferenceSameSpeed');
		expect(servingC!.assumed).toBeUndefined();
		// Training rests on the figure binding each: B's time is bound by compute (it trains in BF16).
		const trainsB = { ...c, trainsIn: 'bf16' as const };
		const [training] = summarize(input([a, trainsB], 'training'));
		expect(training!.assumed).toEqual([{ system: 'C', figure: 'denseFlopsPerS.bf16' }]);
		// The reference's in the first full training sentence: B has none, so C's names A's.
		const aAssumed = { ...a, assumed: ['denseFlopsPerS.bf16'], trainsIn: 'bf16' as const };
		const untrained = { ...b, training: undefined };
		const trainingSentences = summarize(input([aAssumed, untrained, trainsB], 'training'));
		expect(trainingSentences[1]!.assumed).toEqual([
			{ system: 'GB200 NVL72', figure: 'denseFlopsPerS.bf16' },
			{ system: 'C', figure: 'denseFlopsPerS.bf16' }
		]);
		// Nothing assumed, no line; and a sentence whose assumptions change is another sentence.
		const [plain] = summarize(input([a, b]));
		expect(plain!.assumed).toBeUndefined();
		expect(sameSentence(plain!, hardwareB!)).toBe(false);
	});

	it('mark one system’s assumed figures when it stands alone', () => {
		const alone = {
			...b,
			assumed: ['allInPowerPerChipW', 'software:prior'],
			softwareFraction: 0.76
		};
		const sentences = summarize(input([alone]));
		expect(sentences.find((s) => s.topic === 'hardware')!.assumed).toEqual([
			{ system: 'CloudMatrix 384', figure: 'allInPowerPerChipW' }
		]);
		expect(sentences.find((s) => s.topic === 'inference')!.assumed).toEqual([
			{ system: 'CloudMatrix 384', figure: 'allInPowerPerChipW' },
			{ system: 'CloudMatrix 384', figure: 'software:prior', value: 0.76 }
		]);
	});

	it('say when the ratio is steep 10% under or over the target, or 25% under: half or twice there, the steeper side', () => {
		// A: 1,000 tokens/s per chip, B: 190, so 0.190× at the target.
		// The reading 25% under is flat (A's and B's figures as at the target) unless `far` says.
		const at = (
			mine: number,
			theirs: number,
			fasterMine = 1000,
			fasterTheirs = 190,
			far: [number, number] = [1000, 190]
		) =>
			summarize({
				...input([a, b], 'inference'),
				nearby: [
					{ side: 'slower', percent: 10, userTokensPerS: 45, chipTokensPerS: [mine, theirs] },
					{
						side: 'faster',
						percent: 10,
						userTokensPerS: 55,
						chipTokensPerS: [fasterMine, fasterTheirs]
					},
					{ side: 'slower', percent: 25, userTokensPerS: 37.5, chipTokensPerS: far }
				]
			})[0]!;
		// 45 tokens/s per user: 1,200 and 500, 0.417× (2.19× the target's): steep, and B's figure
		// moved more (500 ÷ 190 = 2.63×; A's 1.2×).
		const steep = at(1200, 500);
		expect(steep.edge?.key).toBe('summary.steep');
		expect(words(steep.edge!)).toBe(
			'The ratio is steep here: at 45 tokens/s per user, 10% slower, it is 0.417×, where CloudMatrix 384’s tokens per chip are 2.63× its figure at the target; quote it with its target.'
		);
		expect(words(steep.edge!, 'zh')).toBe(
			'该倍数在此处变化很陡：单用户 45 tokens/s（慢 10%）时为 0.417×，此时 CloudMatrix 384 的单芯片吞吐是目标速度下的 2.63×；引用时请注明目标速度。'
		);
		// 1,100 and 300: 0.273× (1.44× the target's): not steep. Twice the other way is steep too.
		expect(at(1100, 300).edge).toBeUndefined();
		expect(at(1000, 90).edge?.key).toBe('summary.steep'); // 0.090×, 0.474 of 0.190×
		// A cliff just above: 55 tokens/s per user, 0.0600× (3.17× under the target's) is the
		// steeper side, and named as faster.
		const above = at(1200, 500, 1000, 60);
		expect(above.edge?.key).toBe('summary.steepFaster');
		expect(words(above.edge!)).toBe(
			'The ratio is steep here: at 55 tokens/s per user, 10% faster, it is 0.0600×, where CloudMatrix 384’s tokens per chip are 0.316× its figure at the target; quote it with its target.'
		);
		// The system whose figure moved more is named: here the reference's falls to 400 (0.400×)
		// while B's holds at 190, so the ratio is 0.475× (2.5× the target's).
		expect(words(at(400, 190).edge!)).toBe(
			'The ratio is steep here: at 45 tokens/s per user, 10% slower, it is 0.475×, where GB200 NVL72’s tokens per chip are 0.400× its figure at the target; quote it with its target.'
		);
		// A cliff 25% away, where 10% is flat: 37.5 tokens/s per user, B at 760 (0.760×, 4× the
		// target's). A steep 10% reading is preferred to a steeper one 25% away.
		expect(words(at(1000, 190, 1000, 190, [1000, 760]).edge!)).toBe(
			'The ratio is steep here: at 37.5 tokens/s per user, 25% slower, it is 0.760×, where CloudMatrix 384’s tokens per chip are 4.00× its figure at the target; quote it with its target.'
		);
		expect(words(at(1000, 190, 1000, 190, [1000, 760]).edge!, 'zh')).toBe(
			'该倍数在此处变化很陡：单用户 37.5 tokens/s（慢 25%）时为 0.760×，此时 CloudMatrix 384 的单芯片吞吐是目标速度下的 4.00×；引用时请注明目标速度。'
		);
		expect(words(at(1200, 500, 1000, 190, [1000, 1900]).edge!)).toContain(
			'10% slower, it is 0.417×'
		);
		// The reference's own cliff is said once: with a third system at the same speed, its
		// sentence does not repeat "where GB200 NVL72's tokens per chip are 0.400×…" (helper-105).
		const third = { ...b, name: 'GB300 NVL72' };
		const three = summarize({
			...input([a, b, third], 'inference'),
			nearby: [{ side: 'slower', percent: 10, userTokensPerS: 45, chipTokensPerS: [400, 190, 190] }]
		});
		expect(words(three[0]!.edge!)).toContain('where GB200 NVL72’s tokens per chip are 0.400×');
		expect(three[1]!.topic).toBe('inference');
		expect(three[1]!.edge).toBeUndefined();
		// A system without a point there, or no reading yet: no note.
		expect(at(1000, 0).edge).toBeUndefined();
		expect(summarize(input([a, b], 'inference'))[0]!.edge).toBeUndefined();
	});
});
