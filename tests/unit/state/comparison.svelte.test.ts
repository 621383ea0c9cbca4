import { describe, expect, it } from 'vitest';
import { MODEL_VERSION } from '../../../src/lib/model/version';
import { Comparison } from '../../../src/lib/state/comparison.svelte';
import {
	resetFailureRates,
	setFailureRate,
	setOperation
} from '../../../src/lib/state/scenario-edits';

describe('Comparison state', () => {
	it('carries the what-if baseline and the frontier table in its link; a link sets them, another drops them', () => {
		const comparison = new Comparison();
		comparison.setBaseline(comparison.scenario);
		comparison.setField(1, 'chips', 768);
		comparison.setChart({ frontierTable: true });
		expect(comparison.query).toMatch(/&b\.chips=768&.*&base=1&base\.b\.chips=&frontier\.table=1$/);
		const copy = new Comparison();
		copy.load(`?${comparison.query}`);
		expect(copy.scenario.systems[1]!.chips).toBe(768);
		expect(copy.baseline!.systems[1]!.chips).toBe(384);
		expect(copy.charts).toEqual({ frontierTable: true });
		expect(copy.notices).toEqual([]);
		// A baseline with nothing edited since is the scenario itself, as one a click makes.
		const same = new Comparison();
		same.load(`?${copy.query.replace(/&base\.b\.chips=/, '').replace('b.chips=768&', '')}`);
		expect(same.baseline).toBe(same.scenario);
		// Dropped: the keys leave the link; an opened link without one has none.
		comparison.setBaseline(null);
		expect(comparison.query).not.toContain('base');
		copy.open('v=1&a=hgx-h100');
		expect(copy.baseline).toBeNull();
	});

	it('carries the chart settings in its link, and a link or an opened entry sets them', () => {
		const comparison = new Comparison();
		comparison.setView('inference');
		comparison.setChart({ frontier: 'usdPerMillionTokens', bands: true });
		expect(comparison.query).toMatch(/&view=inference&frontier=usd&bands=1$/);
		const copy = new Comparison();
		copy.load(`?${comparison.query}`);
		expect(copy.charts).toEqual({ frontier: 'usdPerMillionTokens', bands: true });
		// Back to the default: the key leaves the link.
		comparison.setChart({ bands: false });
		expect(comparison.query).not.toContain('bands');
		// An opened entry brings its charts (not its language); one without any, the defaults.
		copy.open('v=1&a=hgx-h100&scale=eff&lang=zh');
		expect(copy.charts).toEqual({ scale: 'perChipEfficiency' });
		expect(copy.locale).toBe('en');
		copy.open('v=1&a=hgx-h100');
		expect(copy.charts).toEqual({});
	});

	it('clamps out-of-range values and ignores non-finite ones', () => {
		const comparison = new Comparison();
		comparison.setField(0, 'chips', -3);
		expect(comparison.scenario.systems[0]!.chips).toBe(1);
		comparison.setField(0, 'hbmBytes', NaN);
		expect(comparison.scenario.systems[0]!.hbmBytes).toBe(186e9);
	});

	it('keeps the rules its own link applies, so the link reads back without a notice', () => {
		const comparison = new Comparison();
		const reread = () => {
			const copy = new Comparison();
			copy.load(`?${comparison.query}`);
			return copy;
		};
		// GB200 NVL72: 72 chips, so a scale-up domain of 1,000 is a domain of 72.
		comparison.setField(0, 'scaleUpDomainChips', 1000);
		expect(comparison.scenario.systems[0]!.scaleUpDomainChips).toBe(72);
		// Fewer chips than the domain: the domain follows them, as a link with both says.
		comparison.setField(0, 'chips', 36);
		expect(comparison.scenario.systems[0]!.scaleUpDomainChips).toBe(36);
		// All-in power per chip below the chip's own power is the chip's power.
		const chipPowerW = comparison.scenario.systems[0]!.chipPowerW!;
		comparison.setField(0, 'allInPowerPerChipW', chipPowerW / 2);
		expect(comparison.scenario.systems[0]!.allInPowerPerChipW).toBe(chipPowerW);
		const copy = reread();
		expect(copy.notices).toEqual([]);
		expect(copy.scenario).toEqual(comparison.scenario);
	});

	it('gives a domain cut short by fewer chips back when the chips come back', () => {
		const comparison = new Comparison();
		comparison.setPreset(1, 'cloudmatrix-384');
		const b = () => comparison.scenario.systems[1]!;
		const linkReadsBack = () => {
			const copy = new Comparison();
			copy.load(`?${comparison.query}`);
			expect(copy.notices).toEqual([]);
			expect(copy.scenario).toEqual(comparison.scenario);
		};
		// Dragging the chips down: the 384-chip domain cannot exceed 100 chips, on the page and in
		// its link alike.
		comparison.setField(1, 'chips', 100);
		expect(b().scaleUpDomainChips).toBe(100);
		linkReadsBack();
		// An edit elsewhere in between, then the chips back up: the domain follows to 384 again.
		comparison.setField(1, 'hbmBytes', 100e9);
		comparison.setField(1, 'chips', 200);
		expect(b().scaleUpDomainChips).toBe(200);
		comparison.setField(1, 'chips', 768);
		expect(b().scaleUpDomainChips).toBe(384);
		linkReadsBack();
		// A domain set by hand under the chips stays as the chips grow. Once fewer chips take it
		// down with them, the link (24 chips, a 24-chip domain) reads as any domain pulled down
		// does, and more chips give the preset's back.
		comparison.setField(1, 'scaleUpDomainChips', 48);
		comparison.setField(1, 'chips', 1000);
		expect(b().scaleUpDomainChips).toBe(48);
		comparison.setField(1, 'chips', 24);
		comparison.setField(1, 'chips', 384);
		expect(b().scaleUpDomainChips).toBe(384);
		// A preset replaces what was held: HGX B200's domain is its 8 GPUs whatever came before.
		comparison.setField(1, 'chips', 10);
		comparison.setPreset(1, 'hgx-b200');
		comparison.setField(1, 'chips', 64);
		expect(b().scaleUpDomainChips).toBe(8);
	});

	it('goes by the preset’s domain after a reset, even when the preset has the domain it was cut to', () => {
		// GB200 NVL72 given a 144-chip domain on 144 chips, then cut to 72 chips (domain 72, the
		// preset's own): after a reset, 144 chips are two 72-chip NVLink domains, as the preset's.
		const comparison = new Comparison();
		comparison.setField(0, 'chips', 144);
		comparison.setField(0, 'scaleUpDomainChips', 144);
		comparison.setField(0, 'chips', 72);
		comparison.reset(0);
		comparison.setField(0, 'chips', 144);
		expect(comparison.scenario.systems[0]!.scaleUpDomainChips).toBe(72);
	});

	it('gives a domain back by the system it belongs to when systems move, go or are copied', () => {
		const comparison = new Comparison();
		comparison.setPreset(1, 'cloudmatrix-384');
		comparison.setField(1, 'chips', 100);
		const domainAt = (i: number) => comparison.scenario.systems[i]!.scaleUpDomainChips;
		const chipsBack = (i: number) => comparison.setField(i, 'chips', 384);
		comparison.move(1, -1);
		comparison.duplicate(0);
		// CloudMatrix at 0 and its copy at 1, GB200 NVL72 at 2. The copy is the same system, with
		// the same link: its domain comes back as the original's would.
		chipsBack(1);
		expect(domainAt(1)).toBe(384);
		comparison.remove(1);
		comparison.addSystem();
		comparison.move(0, 1);
		chipsBack(1);
		expect(domainAt(1)).toBe(384);
		expect(domainAt(0)).toBe(72);
	});

	it('resets a system to its preset and loads links with notices', () => {
		const comparison = new Comparison();
		comparison.setField(0, 'chips', 8);
		comparison.reset(0);
		expect(comparison.scenario.systems[0]!.chips).toBe(72);
		expect(comparison.load('?v=1&a=hgx-h100&a.chips=abc')).toBe(true);
		expect(comparison.notices.map((n) => n.code)).toEqual(['not-a-number']);
		// A link without `m` is typed by hand (the page always writes it): today's defaults.
		expect(comparison.query).toBe(`v=1&m=${MODEL_VERSION}&a=hgx-h100&llm=deepseek-r1`);
		// One written by model version 2 keeps that version's default of no speculative decoding,
		// written out since the default moved.
		expect(comparison.load('?v=1&m=2&a=hgx-h100')).toBe(true);
		expect(comparison.query).toBe(`v=1&m=${MODEL_VERSION}&a=hgx-h100&llm=deepseek-r1&accepted=1`);
	});

	it('opens a saved or pasted scenario in the reader’s language, with its view', () => {
		const comparison = new Comparison();
		comparison.setLocale('en');
		comparison.open('v=1&a=hgx-h100&lang=zh&view=energy');
		expect(comparison.locale).toBe('en');
		expect(comparison.view).toBe('energy');
		expect(comparison.scenario.systems[0]!.presetId).toBe('hgx-h100');
		// A link the reader follows (load: the address bar, Back) still says its language.
		comparison.load('v=1&a=hgx-h100&lang=zh');
		expect(comparison.locale).toBe('zh');
	});

	it('keeps the language in the link only once chosen', () => {
		const comparison = new Comparison();
		comparison.preferLocale('zh');
		expect(comparison.locale).toBe('zh');
		expect(comparison.query).not.toContain('lang');
		comparison.setLocale('en');
		expect(comparison.query).toContain('lang=en');
	});
});

describe('Comparison state after review', () => {
	it('resets hardware to the preset but keeps how the system is deployed', () => {
		const comparison = new Comparison();
		comparison.setField(0, 'hbmBytes', 100e9);
		comparison.reset(0);
		expect(comparison.scenario.systems[0]!.hbmBytes).toBe(186e9);
		expect(comparison.scenario.systems[0]!.deployment!.joined).toBe(16);
	});

	it('resets failure rates without touching PUE or prices', () => {
		const comparison = new Comparison();
		setOperation(comparison, 'pue', 1.5);
		setFailureRate(comparison, 'acceleratorPerHour', 1e-3);
		resetFailureRates(comparison);
		expect(comparison.scenario.operations.pue).toBe(1.5);
		expect(comparison.scenario.operations.failureRates.acceleratorPerHour).toBeLessThan(1e-5);
	});
});

describe('Comparison: a preset turned custom', () => {
	it('takes the neutral name it is given, keeps the figures, and drops the preset', () => {
		const comparison = new Comparison();
		const before = comparison.scenario.systems[1]!;
		comparison.setPreset(1, 'custom', 'Custom system B');
		const after = comparison.scenario.systems[1]!;
		expect(after.name).toBe('Custom system B');
		expect(after.presetId).toBeNull();
		expect(after.hbmBytes).toBe(before.hbmBytes);
		expect(comparison.query).toContain('b=custom');
	});

	it('keeps the old name when given none or a blank one', () => {
		const comparison = new Comparison();
		comparison.setPreset(1, 'custom', '   ');
		expect(comparison.scenario.systems[1]!.name).toBe('CloudMatrix 384');
	});
});
