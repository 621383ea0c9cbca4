import { describe, expect, it } from 'vitest';
import {
	COMPONENT_INVENTORIES,
	componentCounts,
	componentSource,
	findComponentInventory,
	type CountFigure
} from '../../../src/lib/catalog/component-inventories';
import {
	componentCountsFor,
	PRESET_COMPONENT_COUNTS,
	presetComponentCounts
} from '../../../src/lib/catalog/components';
import { SYSTEM_PRESETS } from '../../../src/lib/catalog/systems';
import { ALL_SYSTEM_PRESETS } from '../../../src/lib/catalog/all-systems';
import { isLazyPreset } from '../../../src/lib/catalog/preset-index';

function figures(id: string): [string, CountFigure][] {
	const inv = findComponentInventory(id);
	if (!inv) throw new Error(id);
	return [
		['accelerators', inv.accelerators],
		['hbmStacks', inv.hbmStacks],
		['switchChips', inv.switchChips],
		['optics.scaleUp', inv.optics.scaleUp],
		['optics.scaleOut', inv.optics.scaleOut],
		['copperLinks', inv.copperLinks],
		['hostCpus', inv.hostCpus]
	];
}

describe('component inventories', () => {
	it('exist for every first-visit preset, each naming a preset with as many chips', () => {
		const ids = COMPONENT_INVENTORIES.map((i) => i.systemId);
		const firstVisit = SYSTEM_PRESETS.filter((p) => !isLazyPreset(p.id)).map((p) => p.id);
		expect(firstVisit.length).toBeGreaterThanOrEqual(7);
		expect(ids).toEqual(expect.arrayContaining(firstVisit));
		expect(new Set(ids).size).toBe(ids.length);
		for (const inventory of COMPONENT_INVENTORIES) {
			const preset = ALL_SYSTEM_PRESETS.find((p) => p.id === inventory.systemId);
			expect(preset, inventory.systemId).toBeDefined();
			expect(inventory.accelerators.value, inventory.systemId).toBe(preset!.chips.value);
		}
	});

	it('HGX B300 and H800 (2026): 8 and 5 HBM stacks per GPU, 2 and 4 switch chips', () => {
		// B300: 8 × 8 = 64 stacks, HGX B200's 2 switches, 8 ports × 4 transceivers = 32 optics.
		expect(componentCountsFor('hgx-b300')).toMatchObject({
			hbmStacks: 64,
			switchChips: 2,
			opticalTransceivers: 32
		});
		// H800: the H100 board, 8 × 5 = 40 stacks, 4 NVSwitch chips.
		expect(componentCountsFor('hgx-h800')).toMatchObject({ hbmStacks: 40, switchChips: 4 });
	});

	it('CM384: 5,376 scale-up + 1,536 scale-out = 6,912 optics; 336 + 112 switch chips', () => {
		const counts = componentCountsFor('cloudmatrix-384');
		expect(counts?.opticalTransceivers).toBe(6912);
		expect(findComponentInventory('cloudmatrix-384')?.optics.scaleUp.value).toBe(5376); // 14 × 384
		expect(counts?.switchChips).toBe(448);
		expect(counts?.hbmStacks).toBe(3072); // 8 × 384
		expect(counts?.hostCpus).toBe(192);
	});

	it('NVL72: copper scale-up (no optics), 18 switch chips, 1,296 GPU–switch links', () => {
		const inv = findComponentInventory('gb200-nvl72');
		expect(inv?.optics.scaleUp.value).toBe(0);
		expect(inv?.switchChips.value).toBe(18);
		expect(inv?.copperLinks.value).toBe(1296); // 72 × 18
		// scale-out: one NIC port per GPU × 4 transceivers (two-tier assumption) = 288
		expect(inv?.optics.scaleOut.value).toBe(288);
		expect(inv?.optics.scaleOut.nature).toBe('assumption');
	});

	it('HGX H100 matches the Meta base-rate inventory: 5 stacks per GPU, 4 NVSwitch chips', () => {
		expect(componentCountsFor('hgx-h100')).toEqual({
			accelerators: 8,
			hbmStacks: 40,
			switchChips: 4,
			opticalTransceivers: 32,
			copperLinks: 0,
			hostCpus: 2
		});
	});

	it('every count is a whole number ≥ 0, cited or explained', () => {
		for (const inv of COMPONENT_INVENTORIES) {
			for (const [field, f] of figures(inv.systemId)) {
				const where = `${inv.systemId}.${field}`;
				expect(Number.isInteger(f.value) && f.value >= 0, where).toBe(true);
				// Derived and assumed counts must say how; every other count must cite a source.
				if (f.nature === 'derived' || f.nature === 'assumption') {
					expect(f.note?.length ?? 0, where).toBeGreaterThan(10);
				} else {
					expect(f.sources.length, where).toBeGreaterThan(0);
				}
				if (f.nature === 'assumption') expect(f.note, where).toMatch(/assum/i);
				for (const id of f.sources) {
					expect(componentSource(id).url, `${where} ${id}`).toMatch(/^https?:\/\//);
				}
			}
		}
	});

	it('componentCounts sums the two optics planes', () => {
		const inv = findComponentInventory('cloudmatrix-384');
		if (!inv) throw new Error('cm384');
		expect(componentCounts(inv).opticalTransceivers).toBe(
			inv.optics.scaleUp.value + inv.optics.scaleOut.value
		);
	});

	it('the first visit’s plain counts and the cited inventories name the same presets, same counts', () => {
		// The counts (components.ts, first visit) and their citations (component-inventories.ts,
		// reliability view only) live in two modules; the inventories read their values from the counts.
		expect(Object.keys(PRESET_COMPONENT_COUNTS).sort()).toEqual(
			COMPONENT_INVENTORIES.map((i) => i.systemId).sort()
		);
		for (const inv of COMPONENT_INVENTORIES) {
			expect(componentCountsFor(inv.systemId), inv.systemId).toEqual(componentCounts(inv));
		}
		expect(presetComponentCounts('no-such-preset')).toBeUndefined();
		expect(presetComponentCounts('constructor')).toBeUndefined(); // own keys only
	});
});

describe('the counts’ notes', () => {
	// The page lists a view's sources from the figures' `sources`: an id named only in a note's
	// prose was missing from the list ([S46] on CloudMatrix 384's optics, 2026-12-05).
	it('name inline only sources the count lists', () => {
		const unlisted = COMPONENT_INVENTORIES.flatMap((inventory) =>
			figures(inventory.systemId).flatMap(([path, figure]) =>
				[...(figure.note ?? '').matchAll(/\[(S\d+[a-z]?)\]/g)]
					.map((m) => m[1]!)
					.filter((id) => !(figure.sources as string[]).includes(id))
					.map((id) => `${inventory.systemId} ${path}: ${id}`)
			)
		);
		expect(unlisted).toEqual([]);
	});
});
