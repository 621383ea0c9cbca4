import { describe, expect, it } from 'vitest';
import { PART_INPUTS } from '../../../src/lib/inputs/deployment';
import { enTraining } from '../../../src/lib/i18n/en-training';
import { zhTraining } from '../../../src/lib/i18n/zh-training';
import { defaultComponents } from '../../../src/lib/model/deployment';
import { normalizeScenario } from '../../../src/lib/model/normalize';
import { defaultScenario } from '../../../src/lib/model/scenario';
import { MODEL_VERSION } from '../../../src/lib/model/version';
import { decodeScenario, encodeScenario } from '../../../src/lib/share/codec';

const link = (extra: string) => `v=1&m=${MODEL_VERSION}&a=gb200-nvl72&b=cloudmatrix-384&${extra}`;

/** The part counts (`a.n_*`) have no fixed default: the preset's inventory scaled to the chips. */
describe('part counts on the schema', () => {
	it('write only the counts that differ from the default ones, and read them back exactly', () => {
		for (const input of PART_INPUTS) {
			const scenario = normalizeScenario(defaultScenario());
			const spec = scenario.systems[1]!;
			const parts = defaultComponents(spec.presetId, spec.chips);
			const field = input.path.split('.')[2] as keyof typeof parts;
			// One more than the catalog's (at least one accelerator per chip holds either way).
			spec.deployment = {
				...spec.deployment!,
				components: { ...parts, [field]: parts[field] + 1 }
			};
			const query = encodeScenario(normalizeScenario(scenario));
			const written = [...new URLSearchParams(query).keys()].filter((k) => k.startsWith('b.n_'));
			expect(written).toEqual([`b.${input.key}`]);
			const decoded = decodeScenario(query);
			expect(decoded.notices).toEqual([]);
			expect(decoded.scenario.systems[1]!.deployment!.components![field]).toBe(parts[field] + 1);
		}
	});

	it('keep the counts null (the catalog’s, scaled) when a link gives none or only default ones', () => {
		expect(decodeScenario(link('b.chips=400')).scenario.systems[1]!.deployment!.components).toBe(
			null
		);
		const same = decodeScenario(link('a.n_accel=72&a.n_hbm=none'));
		expect(same.scenario.systems[0]!.deployment!.components).toBe(null);
		expect(same.notices).toEqual([
			{ code: 'not-a-number', key: 'a.n_hbm', given: 'none', used: '576' }
		]);
	});

	it('raise accelerators to one per chip with one notice saying what is used (not the clamp)', () => {
		// -5 is first clamped to 0, then raised to GB200 NVL72's 72 chips: the notice gives 72.
		expect(decodeScenario(link('a.n_accel=-5')).notices).toEqual([
			{ code: 'adjusted', key: 'a.n_accel', given: '-5', used: '72' }
		]);
	});

	it('normalise what is not a number to the default count, as a link keeps it', () => {
		const scenario = normalizeScenario(defaultScenario());
		const spec = scenario.systems[0]!;
		const parts = defaultComponents(spec.presetId, spec.chips);
		spec.deployment = {
			...spec.deployment!,
			components: { ...parts, hbmStacks: Number.NaN, hostCpus: 'x' as never, copperLinks: 7 }
		};
		const used = normalizeScenario(scenario).systems[0]!.deployment!.components!;
		expect(used).toEqual({ ...parts, copperLinks: 7 });
	});

	it('name every part in both languages', () => {
		for (const { label } of PART_INPUTS) {
			expect((enTraining as Record<string, string>)[label], label).toBeTruthy();
			expect((zhTraining as Record<string, string>)[label], label).toBeTruthy();
		}
	});
});

describe('a pinned training layout (a FormattedInput)', () => {
	const layoutOf = (extra: string) =>
		decodeScenario(link(extra)).scenario.systems[0]!.deployment!.trainingLayout;

	it('reads `auto` as none and writes nothing for it', () => {
		expect(layoutOf('a.layout=auto')).toBeNull();
		expect(encodeScenario(normalizeScenario(defaultScenario()))).not.toContain('layout');
	});

	it('makes zero degrees whole with one notice, and takes cp1 or mb16.0 as written without one', () => {
		expect(decodeScenario(link('a.layout=tp0.pp8.ep1.dp2.mb16')).notices).toEqual([
			{
				code: 'adjusted',
				key: 'a.layout',
				given: 'tp0.pp8.ep1.dp2.mb16',
				used: 'tp1.pp8.ep1.dp2.mb16'
			}
		]);
		const same = decodeScenario(link('a.layout=tp4.pp8.ep1.dp2.mb16.0.cp1'));
		expect(same.notices).toEqual([]);
		expect(encodeScenario(same.scenario)).toContain('a.layout=tp4.pp8.ep1.dp2.mb16&');
	});

	it('keeps the layout in use for text that is not a layout, with a notice', () => {
		expect(decodeScenario(link('a.layout=tp4')).notices).toEqual([
			{ code: 'unknown-choice', key: 'a.layout', given: 'tp4', used: 'auto' }
		]);
		expect(layoutOf('a.layout=tp4')).toBeNull();
	});
});
