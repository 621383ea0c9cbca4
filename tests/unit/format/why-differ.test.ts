import { resolvedLayout } from '../../fixtures/training';
import { describe, expect, it } from 'vitest';
import { layoutBrief, whyDiffer, type LayoutRun } from '../../../src/lib/format/why-differ';
import type { Limit } from '../../../src/lib/format/why-equal';
import { trainingJobs } from '../../../src/lib/model/operations';
import { estimateTraining, type TrainingEstimate } from '../../../src/lib/model/training/estimate';
import { decodeScenario } from '../../../src/lib/share/codec';

// The link helper-157 was asked about: GB300 NVL72 took 0.792× the time of GB200 NVL72 to train,
// both "limited by compute" with the same FP8 compute per chip, and nothing said why.
const decoded = decodeScenario('v=1&a=gb200-nvl72&b=gb300-nvl72&view=training');
if (!('scenario' in decoded)) throw new Error('the link decodes');
const [gb200, gb300] = trainingJobs(decoded.scenario).map((job) => {
	const result = estimateTraining(job.system, job.settings);
	if (result.kind !== 'training') throw new Error(`${job.system.name} trains`);
	return { spec: job.system, result };
});
const run = (r: TrainingEstimate): LayoutRun => ({
	layout: r.layout,
	mfu: r.mfu.value,
	memoryBytes: r.memory.totalBytes.value
});
const perChip = gb300!.result.tokensPerSPerChip.value / gb200!.result.tokensPerSPerChip.value;
const fp8: Limit = { bound: 'compute', precision: 'fp8' };
const both = [fp8, fp8] as const;
const specs = [gb300!.spec, gb200!.spec] as const;
const runs = [run(gb300!.result), run(gb200!.result)] as const;

/** As written, with the no-break spaces that keep a layout on one line. */
const brief = (text: string) => text.replaceAll(' · ', '\u00a0·\u00a0');

describe('layoutBrief()', () => {
	it('writes the degrees above 1 that split the model, in the training card’s order', () => {
		expect(layoutBrief(resolvedLayout({ pp: 16, dp: 4, ep: 2, virtualStages: 2 }))).toBe(
			brief('PP16 · EP2')
		);
		expect(layoutBrief(resolvedLayout({ tp: 4, dp: 16, ep: 64, fsdp: true }))).toBe(
			brief('TP4 · EP64')
		);
		expect(layoutBrief(resolvedLayout({ tp: 8, cp: 2, pp: 4 }))).toBe(brief('TP8 · CP2 · PP4'));
		// Data parallel alone is still a layout.
		expect(layoutBrief(resolvedLayout({ dp: 64 }))).toBe('DP64');
	});
});

describe('whyDiffer()', () => {
	it('explains GB300 NVL72 against GB200 NVL72: the same 5 PFLOP/s of FP8, another layout', () => {
		// 6,807 ÷ 5,394 tokens/s per chip = 1.26×, i.e. 0.792× the time on 72 chips each.
		expect(perChip).toBeCloseTo(1.262, 3);
		const reason = whyDiffer(perChip, specs, both, runs)!;
		expect(reason).toEqual({
			limiting: 'denseFlopsPerS.fp8',
			value: 5e15,
			layouts: [brief('PP16 · EP2'), brief('TP4 · EP64')],
			mfu: [expect.closeTo(0.3836, 4), expect.closeTo(0.3039, 4)],
			// PP16 · EP2 needs 278.8 GB per chip: it fits GB300's 279 GB, not GB200's 186 GB.
			room: { faster: 0, needsBytes: expect.closeTo(278.8e9, -8), slowerHbmBytes: 186e9 }
		});
	});

	it('names the reference as the faster one when the ratio is under 1', () => {
		const reverse = whyDiffer(1 / perChip, [specs[1], specs[0]], both, [runs[1], runs[0]]);
		expect(reverse?.layouts).toEqual([brief('TP4 · EP64'), brief('PP16 · EP2')]);
		expect(reverse?.room).toEqual(expect.objectContaining({ faster: 1, slowerHbmBytes: 186e9 }));
	});

	it('says nothing of HBM when the faster layout would fit the slower chip too', () => {
		const small = { ...runs[0], memoryBytes: 150e9 };
		expect(whyDiffer(perChip, specs, both, [small, runs[1]])?.room).toBeUndefined();
		// Nor when the slower chip has as much HBM: the capacity did not decide it.
		const roomy = { ...specs[1], hbmBytes: specs[0].hbmBytes };
		expect(whyDiffer(perChip, [specs[0], roomy], both, runs)?.room).toBeUndefined();
	});

	it('says nothing for a ratio about 1 (whyEqual’s case) or limits that do not match', () => {
		expect(whyDiffer(1.005, specs, both, runs)).toBeNull();
		// Limited by different resources, or by FP4 compute, which differs (15 vs 10 PFLOP/s).
		expect(
			whyDiffer(perChip, specs, [fp8, { bound: 'memory-bandwidth', precision: 'fp8' }], runs)
		).toBeNull();
		const fp4: Limit = { bound: 'compute', precision: 'fp4' };
		expect(whyDiffer(perChip, specs, [fp4, fp4], runs)).toBeNull();
	});

	it('says nothing when the layouts read the same or their MFUs are equal: the gap is elsewhere', () => {
		expect(whyDiffer(perChip, specs, both, [runs[0], { ...runs[1], layout: runs[0].layout }])).toBe(
			null
		);
		expect(whyDiffer(perChip, specs, both, [runs[0], { ...runs[1], mfu: runs[0].mfu }])).toBe(null);
	});
});
