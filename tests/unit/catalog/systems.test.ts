import { scenarioOf } from '../../fixtures/arbitraries';
import { describe, expect, it } from 'vitest';
import { ALL_SYSTEM_PRESETS as SYSTEM_PRESETS } from '../../../src/lib/catalog/all-systems';
import { SOURCES } from '../../../src/lib/catalog/sources';
import { PRECISIONS } from '../../../src/lib/model/precision';
import { evaluate } from '../../../src/lib/model/evaluate';
import { normalizeScenario } from '../../../src/lib/model/normalize';
import { specFromPreset } from '../../../src/lib/model/scenario';
import { valueOf } from '../../../src/lib/model/estimate-types';
import type { FigureOrMissing } from '../../../src/lib/catalog/figure';
import { SYSTEM_NOTES, type FigurePath } from '../../../src/lib/catalog/system-notes';

const figuresOf = (preset: (typeof SYSTEM_PRESETS)[number]): [string, FigureOrMissing][] => [
	['chips', preset.chips],
	['hbmBytes', preset.hbmBytes],
	['hbmBytesPerS', preset.hbmBytesPerS],
	['scaleUpBytesPerS', preset.scaleUpBytesPerS],
	['scaleUpDomainChips', preset.scaleUpDomainChips],
	['scaleOutBytesPerS', preset.scaleOutBytesPerS],
	['chipPowerW', preset.chipPowerW],
	['allInPowerPerChipW', preset.allInPowerPerChipW],
	...PRECISIONS.map((p): [string, FigureOrMissing] => [
		`denseFlopsPerS.${p}`,
		preset.denseFlopsPerS[p]
	])
];

describe.each(SYSTEM_PRESETS.map((p) => [p.name, p] as const))('preset %s', (_name, preset) => {
	it('cites a source for every figure, or labels it an assumption with a reason', () => {
		for (const [field, figure] of figuresOf(preset)) {
			for (const id of figure.sources) expect(SOURCES, `${field} cites ${id}`).toHaveProperty(id);
			if (figure.value === null) expect(figure.note.length, field).toBeGreaterThan(10);
			else if (figure.nature === 'assumption')
				expect(figure.note ?? SYSTEM_NOTES[preset.id]?.[field as FigurePath] ?? '', field).toMatch(
					/^Assumption/
				);
			else expect(figure.sources.length, field).toBeGreaterThan(0);
		}
	});

	it('reproduces its published system aggregates within 1%', () => {
		const [system] = evaluate(normalizeScenario(scenarioOf([specFromPreset(preset)]))).systems;
		const modelled = {
			bf16FlopsPerS: valueOf(system!.aggregate.denseFlopsPerS.bf16),
			hbmBytes: system!.aggregate.hbmBytes.value,
			hbmBytesPerS: system!.aggregate.hbmBytesPerS.value,
			allInPowerW: system!.aggregate.allInPowerW.value
		};
		for (const [key, figure] of Object.entries(preset.published)) {
			// 13.4 TB is 72 × 186 GB = 13.392 TB rounded; 300 PF is 384 × 780 = 299.5 PF rounded
			expect(modelled[key as keyof typeof modelled]! / figure.value, key).toBeCloseTo(1, 1);
			expect(
				Math.abs(modelled[key as keyof typeof modelled]! / figure.value - 1),
				key
			).toBeLessThan(0.01);
		}
	});

	it('has a scale-up domain no larger than the system', () => {
		expect(preset.scaleUpDomainChips.value).toBeLessThanOrEqual(preset.chips.value);
	});
});

describe('CloudMatrix 384 INT8 (issue 12 item 8)', () => {
	const int8 = SYSTEM_PRESETS.find((p) => p.id === 'cloudmatrix-384')!.denseFlopsPerS.int8;

	it('is derived from the paper’s normalisation by INT8 peak, not a vendor spec', () => {
		expect(int8.value).not.toBeNull();
		expect('nature' in int8 && int8.nature).toBe('derived');
		expect(int8.sources).toEqual(['S41']);
		// arXiv 2506.12708: 6,688 tok/s at 4.45 tok/s per TFLOPS; 1,943 at 1.29.
		for (const implied of [6688 / 4.45, 1943 / 1.29]) {
			expect(Math.abs(implied * 1e12 - int8.value!) / int8.value!).toBeLessThan(0.005);
		}
	});
});

describe('system notes (kept apart from the figures: catalog/system-notes.ts)', () => {
	it('each belong to a preset figure that has a value, and the figure keeps no note of its own', () => {
		const byId = new Map(SYSTEM_PRESETS.map((preset) => [preset.id, preset]));
		let count = 0;
		for (const [id, notes] of Object.entries(SYSTEM_NOTES)) {
			const preset = byId.get(id);
			expect(preset, id).toBeDefined();
			for (const [path, note] of Object.entries(notes)) {
				const [head, tail] = path.split('.') as [string, string | undefined];
				const owner = preset as unknown as Record<string, Record<string, FigureOrMissing>>;
				const figure = (tail === undefined ? owner[head] : owner[head]?.[tail]) as
					FigureOrMissing | undefined;
				expect(figure?.value, `${id} ${path}`).toEqual(expect.any(Number));
				expect(figure?.note, `${id} ${path}`).toBeUndefined();
				expect(note.length, `${id} ${path}`).toBeGreaterThan(5);
				count++;
			}
		}
		// 49 notes for the seven presets of systems.ts (2026-12-03).
		expect(count).toBe(49);
	});
});
