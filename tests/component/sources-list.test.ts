import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Harness from './Harness.svelte';
import SourcesList from '../../src/lib/ui/compare/SourcesList.svelte';
import { SOURCES } from '../../src/lib/catalog/sources';
import { RELIABILITY_SOURCES } from '../../src/lib/catalog/reliability-sources';
import { findComponentInventory } from '../../src/lib/catalog/component-inventories';
import { loadMessages, type Locale } from '../../src/lib/i18n';
import { specFromPresetId } from '../../src/lib/model/scenario';
import { enSources } from '../../src/lib/i18n/en-sources';
import { zhSources } from '../../src/lib/i18n/zh-sources';

// The footer's list is its own chunk with its intro (issue 15's first-visit budget): the section
// and its heading render at once, the intro and the list when the chunk arrives.
describe('the sources list', () => {
	it.each([
		['en', enSources['sources.intro'], 'Sources'],
		['zh', zhSources['sources.intro'], '数据来源']
	] as const)(
		'names the shown presets’ sources, in reading order (%s)',
		async (locale, intro, title) => {
			if (locale === 'zh') await loadMessages('zh' as Locale);
			const systems = [specFromPresetId('gb200-nvl72')!, specFromPresetId('hgx-h100')!];
			render(Harness, { props: { component: SourcesList, locale, props: { systems } } });
			expect(screen.getByRole('heading', { name: title })).toBeTruthy();
			expect(await screen.findByText(intro)).toBeTruthy();
			const items = screen.getAllByRole('listitem');
			const ids = items.map((li) => li.querySelector('.id')!.textContent!.slice(1, -1));
			// [S2] before [S10]: numeric order, each source once.
			expect(ids).toEqual(
				[...new Set(ids)].sort(new Intl.Collator('en', { numeric: true }).compare)
			);
			expect(ids).toContain('S11'); // GB200 NVL72's HBM, as measured in an MLPerf system file
			expect(ids).toContain('S22'); // H100's HBM
			const s11 = items[ids.indexOf('S11')]!.querySelector('a')!;
			expect(s11.textContent).toBe(SOURCES.S11.title);
			expect(s11.getAttribute('lang')).toBe('en');
			// The reliability view's component counts cite sources of their own: GB200 NVL72's
			// copper links cite S5 (reliability-sources.ts), which once was on no list at all.
			expect(findComponentInventory('gb200-nvl72')!.copperLinks.sources).toContain('S5');
			expect(items[ids.indexOf('S5')]!.querySelector('a')!.textContent).toBe(
				RELIABILITY_SOURCES.S5.title
			);
		}
	);
});
