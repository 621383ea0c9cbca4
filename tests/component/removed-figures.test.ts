import { render } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import Harness from './Harness.svelte';
import ResultsTable from '../../src/lib/ui/compare/ResultsTable.svelte';
import SystemPanel from '../../src/lib/ui/compare/SystemPanel.svelte';
import { evaluateHardware } from '../../src/lib/model/evaluate-hardware';
import { decodeScenario } from '../../src/lib/share/codec';
import { Comparison } from '../../src/lib/state/comparison.svelte';
import { loadMessages, type Locale } from '../../src/lib/i18n';
import { systemPanelProps } from './system-panel-props';

await loadMessages('zh');

/*
 * A figure the reader removed (a link's "none", a field cleared) is not a catalog gap: it read
 * "not cited" as GB200 NVL72's INT8 rate (no cited source) does. GB200 NVL72 gives FP8 and its
 * accelerator power; CloudMatrix 384 gives no accelerator power.
 */
const LINK = 'v=1&a=gb200-nvl72&b=cloudmatrix-384&a.fp8_tflops=none&a.tdp_w=none';

const WORDS = {
	en: { removed: 'none (removed)', gap: 'not cited' },
	zh: { removed: '无（已移除）', gap: '无出处数据' }
} as const;

describe('the hardware table, a figure removed against one not cited', () => {
	it.each(['en', 'zh'] as Locale[])('says which is which (%s)', (locale) => {
		const { scenario } = decodeScenario(LINK);
		const evaluation = evaluateHardware({ ...scenario, efficiencyPrecision: 'fp8' });
		const props = { evaluation, efficiencyPrecision: 'fp8' };
		const { container } = render(Harness, { props: { component: ResultsTable, props, locale } });
		const cell = (row: string, slot: string) =>
			container
				.querySelector(`[aria-controls="math-${row}"]`)!
				.closest('tr')!
				.querySelector(`td.num:not(.ratio).slot-${slot}`)!.textContent;
		const { removed, gap } = WORDS[locale];
		expect(cell('denseFlopsPerS.fp8', 'a')).toBe(removed);
		// Efficiency at FP8 has no FP8 rate either: removed too.
		expect(cell('flopsPerSPerW', 'a')).toBe(removed);
		expect(cell('chipPowerW', 'a')).toBe(removed);
		// Catalog gaps still read "not cited".
		expect(cell('denseFlopsPerS.int8', 'a')).toBe(gap);
		expect(cell('chipPowerW', 'b')).toBe(gap);
	});
});

describe('a system panel’s field with its figure removed', () => {
	it.each(['en', 'zh'] as Locale[])('names it removed, not unpublished (%s)', (locale) => {
		const comparison = new Comparison();
		comparison.load(`${LINK}&a.int8_tflops=none`);
		flushSync();
		const props = systemPanelProps(comparison, 0);
		const { container } = render(Harness, { props: { component: SystemPanel, props, locale } });
		const said = (id: string) =>
			container
				.querySelector(`#a-${id}-number`)!
				.closest('.field')!
				.querySelector('input[type=range]')!
				.getAttribute('aria-valuetext');
		expect(said('fp8')).toBe(WORDS[locale].removed);
		expect(said('chipPowerW')).toBe(WORDS[locale].removed);
		comparison.dispose();
	});
});
