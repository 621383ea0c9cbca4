import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/lib/model/evaluate';
import { evaluateInference } from '../../../src/lib/model/inference/evaluate-inference';
import { normalizeScenario } from '../../../src/lib/model/normalize';
import { defaultScenario, specFromPresetId } from '../../../src/lib/model/scenario';
import type { SystemSpec } from '../../../src/lib/model/system';
import type { ServingPrecision } from '../../../src/lib/model/precision';
import { decodeScenario, encodeScenario } from '../../../src/lib/share/codec';
import { buildReport } from '../../../src/lib/share/report';

/** Issue 12 item 8: each system serves in its own precision (`a.serve_prec`). */

const servingAt = (spec: SystemSpec, servingPrecision: ServingPrecision): SystemSpec => ({
	...spec,
	deployment: { ...spec.deployment!, servingPrecision }
});

describe('the per-system serving precision in a link', () => {
	it('round-trips every word on a preset and on a custom system', () => {
		for (const word of ['fp4', 'fp8', 'int8', 'bf16'] as const) {
			const scenario = normalizeScenario(defaultScenario());
			scenario.systems[1] = servingAt(scenario.systems[1]!, word);
			scenario.systems[0] = { ...servingAt(scenario.systems[0]!, word), presetId: null };
			const query = encodeScenario(scenario);
			expect(query).toContain(`a.serve_prec=${word}`);
			expect(query).toContain(`b.serve_prec=${word}`);
			const decoded = decodeScenario(query);
			expect(decoded.notices).toEqual([]);
			expect(decoded.scenario).toEqual(scenario);
		}
	});

	it('writes nothing for `auto`, on a preset or a custom system, so old links stay as they were', () => {
		const scenario = normalizeScenario(defaultScenario());
		scenario.systems[0] = { ...scenario.systems[0]!, presetId: null };
		expect(encodeScenario(scenario)).not.toContain('serve_prec');
		expect(decodeScenario(encodeScenario(scenario)).scenario).toEqual(scenario);
		// A link without the key serves every system as the workload asks.
		const old = decodeScenario('v=1&m=1&a=gb200-nvl72&b=cloudmatrix-384&compute=fp8');
		expect(old.scenario.systems.map((s) => s.deployment?.servingPrecision)).toEqual([
			'auto',
			'auto'
		]);
	});

	it('refuses a word outside the list with a notice and serves as the workload asks', () => {
		const { scenario, notices } = decodeScenario('v=1&a=gb200-nvl72&a.serve_prec=fp6');
		expect(scenario.systems[0]!.deployment?.servingPrecision).toBe('auto');
		expect(notices).toEqual([
			{ code: 'unknown-choice', key: 'a.serve_prec', given: 'fp6', used: 'auto' }
		]);
	});

	it('reads an old saved scenario without the field as `auto`', () => {
		const scenario = normalizeScenario(defaultScenario());
		const { servingPrecision: _, ...older } = scenario.systems[0]!.deployment!;
		scenario.systems[0] = { ...scenario.systems[0]!, deployment: older as never };
		expect(normalizeScenario(scenario).systems[0]!.deployment?.servingPrecision).toBe('auto');
	});
});

describe('serving each system in its own precision', () => {
	const { scenario: workload } = decodeScenario('v=1&a=gb200-nvl72&b=cloudmatrix-384');

	it('CloudMatrix 384 at INT8 and GB200 at FP8 give what the default (FP8, falling back) gives', () => {
		const own = decodeScenario(
			'v=1&a=gb200-nvl72&a.serve_prec=fp8&b=cloudmatrix-384&b.serve_prec=int8'
		);
		expect(own.notices).toEqual([]);
		const before = evaluate(workload);
		const after = evaluate(own.scenario);
		expect(after.atTarget.rows).toEqual(before.atTarget.rows);
		const [, cm] = after.inference;
		const [, cmBefore] = before.inference;
		if (cm?.kind !== 'ok' || cmBefore?.kind !== 'ok') throw new Error('CloudMatrix must serve');
		expect(cm.frontier).toEqual(cmBefore.frontier);
		// Today's default asks FP8 and falls back to INT8 with a notice; asking INT8 needs none.
		expect(cmBefore.precision.compute).toMatchObject({ wanted: 'fp8', used: 'int8' });
		expect(cm.precision.compute).toMatchObject({ wanted: 'int8', used: 'int8', warning: null });
		expect(cm.precision.weight).toBe('int8');
	});

	it('stores the weights in the system’s precision, the head, routers and embedding in BF16', () => {
		const gb200 = specFromPresetId('gb200-nvl72')!;
		const weightBytes = (p: ServingPrecision) => {
			const r = evaluateInference(servingAt(gb200, p), workload.serving);
			if (r.kind !== 'ok') throw new Error(`GB200 must serve at ${p}`);
			return r.memory.weightBytes.value;
		};
		// DeepSeek-R1's FP8 release: 1 byte per weight; BF16 2 bytes; FP4 0.5 bytes; but the output
		// head and routers (129,280 × 7,168 + 58 × 256 × 7,168 = 1,033,109,504) and the embedding
		// table (926,679,040) never below 2 bytes (model version 21). Stored params 670,098,770,816:
		//   FP8  670,098,770,816 + 1,033,109,504 × (2 − 1) + 926,679,040 × 2 = 672,985,238,400
		//   BF16 670,098,770,816 × 2 + 926,679,040 × 2                       = 1,342,050,899,712
		//   FP4  670,098,770,816 × 0.5 + 1,033,109,504 × 1.5 + 926,679,040 × 2 = 338,452,407,744
		expect(weightBytes('auto')).toBeCloseTo(672_985_238_400, -3);
		expect(weightBytes('bf16')).toBeCloseTo(1_342_050_899_712, -3);
		expect(weightBytes('fp4')).toBeCloseTo(338_452_407_744, -3);
	});

	it('falls back with a notice when the chip has no figure for the asked precision', () => {
		// CloudMatrix 384 (Ascend 910C) has no FP4 figure: it serves in INT8 (same width as FP8,
		// the narrowest it has), and its weights are INT8, not a free FP4 halving.
		const cm = specFromPresetId('cloudmatrix-384')!;
		expect(cm.denseFlopsPerS.fp4).toBeUndefined();
		const r = evaluateInference(servingAt(cm, 'fp4'), workload.serving);
		if (r.kind !== 'ok') throw new Error('CloudMatrix must serve');
		expect(r.precision.compute.wanted).toBe('fp4');
		expect(r.precision.compute.used).toBe('int8');
		expect(r.precision.compute.warning).toContain('no FP4 figure');
		expect(r.precision.weight).toBe('int8');
		const report = buildReport(
			evaluate({ ...workload, systems: [servingAt(cm, 'fp4')] }),
			workload,
			'',
			[]
		);
		expect(report.systems[0]!.inference).toMatchObject({
			servingPrecision: 'fp4',
			weightPrecision: 'int8',
			computePrecision: { wanted: 'fp4', used: 'int8', fallback: true }
		});
	});
});
