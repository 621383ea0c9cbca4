import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import Harness from './Harness.svelte';
import SourceNote from '../../src/lib/ui/controls/SourceNote.svelte';
import EfficiencyPanel from '../../src/lib/ui/inference/EfficiencyPanel.svelte';
import WorkloadPanel from '../../src/lib/ui/inference/WorkloadPanel.svelte';
import { llmCitations } from '../../src/lib/catalog/llm-citations';
import { findLlmPreset } from '../../src/lib/catalog/llms';
import { DEFAULT_SERVING } from '../../src/lib/model/inference/serving';
import { GB200_NVL72 } from '../../src/lib/catalog/systems';
import { SOURCES } from '../../src/lib/catalog/sources';
import { LLM_SOURCES } from '../../src/lib/catalog/llm-sources';
import { SYSTEM_NOTES } from '../../src/lib/catalog/system-notes';
import { DEFAULT_EFFICIENCIES } from '../../src/lib/model/inference/efficiencies';
import { EFFICIENCY_SOURCES } from '../../src/lib/model/inference/efficiency-sources';
import type { Locale } from '../../src/lib/i18n';
import { softwareDate } from '../../src/lib/content/software-date';
import { specFromPresetId } from '../../src/lib/model/scenario';
import { zhData } from '../../src/lib/i18n/zh-data';

/** WorkloadPanel's props serving DeepSeek-R1, its model edited or not; every callback a no-op. */
function workloadProps(edited: boolean) {
	const noop = vi.fn();
	return {
		serving: { ...DEFAULT_SERVING, modelId: 'deepseek-r1' },
		model: findLlmPreset('deepseek-r1')!.spec,
		facts: { totalParams: 671e9, activeParams: 37e9, kvBytesPerToken: 70_272, edited },
		onmodel: noop,
		onfield: noop,
		onlengths: noop,
		onprecision: noop,
		onmode: noop,
		onmodelfield: noop,
		onresetmodel: noop
	};
}

const CJK = /[\u3400-\u9fff]/;
const figure = GB200_NVL72.scaleUpBytesPerS;
const note = SYSTEM_NOTES['gb200-nvl72']!.scaleUpBytesPerS!;

function renderSourceNote(locale: Locale) {
	const props = {
		id: 'a-up',
		fieldLabel: 'Scale-up',
		figure,
		presetId: 'gb200-nvl72',
		path: 'scaleUpBytesPerS'
	};
	return render(Harness, { props: { component: SourceNote, props, locale } });
}

describe('a figure’s source popover', () => {
	// First in this file: the notes' and sources' chunks (ui/lazy.svelte.ts) are fetched once.
	it('says it is loading until its note and sources arrive (on first use), then shows them', async () => {
		renderSourceNote('en');
		expect(screen.getByRole('status').textContent).toBe('Loading the sources…');
		expect(screen.getByRole('note').textContent).toMatch(/Nature: derived/);
		expect(screen.queryAllByRole('link')).toHaveLength(0);
		expect(screen.queryByText(note)).toBeNull();
		await fireEvent.click(screen.getByRole('button', { name: /Source for Scale-up/ }));
		expect((await screen.findByText(note)).getAttribute('lang')).toBe('en');
		const links = await screen.findAllByRole('link');
		expect(links.map((link) => link.textContent)).toEqual(
			figure.sources.map((id) => SOURCES[id].title)
		);
		expect(screen.queryByRole('status')).toBeNull();
	});
});

describe('data notes follow the reader’s language', () => {
	it('a source note on the Chinese page is Chinese and says so', async () => {
		renderSourceNote('zh');
		const shown = await screen.findByText(zhData[note]!);
		expect(shown.textContent).toMatch(CJK);
		expect(shown.getAttribute('lang')).toBe('zh-CN');
		expect(screen.queryByText(note)).toBeNull();
		// Its labels take a full-width colon with no space after it ("类型: 厂商规格" read as a typo).
		const popover = screen.getByRole('note').textContent!;
		expect(popover).toMatch(/类型：\S/);
		expect(popover).toContain('备注：');
		expect(popover).not.toMatch(/类型:|备注:/);
		// Source titles are cited as published, in English.
		expect((await screen.findAllByRole('link'))[0]!.getAttribute('lang')).toBe('en');
	});

	it('the English page shows the note as written, marked English', async () => {
		renderSourceNote('en');
		expect((await screen.findByText(note)).getAttribute('lang')).toBe('en');
	});

	it('the efficiency bases are Chinese on the Chinese page', async () => {
		const props = {
			efficiencies: { ...DEFAULT_EFFICIENCIES },
			systems: [specFromPresetId('gb200-nvl72')!],
			onchange: vi.fn(),
			onreset: vi.fn()
		};
		const { container } = render(Harness, {
			props: { component: EfficiencyPanel, props, locale: 'zh' }
		});
		await fireEvent.click(container.querySelector('summary')!);
		const basis = await screen.findByText(zhData[EFFICIENCY_SOURCES.hbmFraction.note]!);
		expect(basis.getAttribute('lang')).toBe('zh-CN');
		expect(container.querySelectorAll('.basis [lang="en"]')).toHaveLength(0);
	});

	it('the efficiency panel says, folded, which software its defaults stand for', () => {
		const props = {
			efficiencies: DEFAULT_EFFICIENCIES,
			systems: [specFromPresetId('gb200-nvl72')!],
			onchange: () => {},
			onreset: () => {}
		};
		for (const locale of ['en', 'zh'] as const) {
			const { container, unmount } = render(Harness, {
				props: { component: EfficiencyPanel, props, locale }
			});
			// The newest dated source behind the serving assumptions (content/software-date.ts).
			const date = softwareDate().asOf;
			expect(date).toMatch(/^\d{4}-\d{2}/);
			const line = container.querySelector('[data-testid="software-as-of"]')!;
			expect(line.textContent).toContain(date);
			// Kept on one line: no line ends inside the date ("2026-" / "12").
			expect(line.querySelector('.date')?.textContent).toBe(date);
			expect(line.textContent).toMatch(
				locale === 'en' ? /Assumes software as of/ : /假设软件版本截至/
			);
			expect(container.querySelector('details')!.open).toBe(false);
			unmount();
		}
	});

	it('the workload panel shows the model’s caveats (kept in llm-citations.ts), Chinese on the Chinese page', async () => {
		const caveats = llmCitations('deepseek-r1')!.notes;
		expect(caveats.length).toBeGreaterThan(0);
		render(Harness, {
			props: { component: WorkloadPanel, props: workloadProps(false), locale: 'zh' }
		});
		for (const caveat of caveats) {
			const shown = screen.getByText(zhData[caveat]!);
			expect(shown.getAttribute('lang')).toBe('zh-CN');
		}
		// The one model name with words in it is Chinese in the picker; the others stay names.
		const options = [...screen.getByRole('combobox', { name: /模型/ }).querySelectorAll('option')];
		const names = options.map((o) => o.textContent);
		expect(names).toContain('GPT-MoE-1.8T（假设结构）');
		expect(names).not.toContain('GPT-MoE-1.8T (assumed shape)');
		expect(names).toContain('DeepSeek-R1 / V3');
		// The model's facts are joined with full-width marks, no space after them ("…: 671B 参数;").
		const facts = document.querySelector('.facts')!.textContent!.trim();
		expect(facts).toMatch(/^DeepSeek-R1 \/ V3：\S.*；\S.*；\S/);
		expect(facts).not.toMatch(/[;:]/);
	});
});

describe('the model’s sources (ModelSources.svelte, opened from the workload panel)', () => {
	const citations = llmCitations('deepseek-r1')!;

	it('states how each figure is known, its sources and their dates, once opened', async () => {
		const { container } = render(Harness, {
			props: { component: WorkloadPanel, props: workloadProps(false), locale: 'en' }
		});
		const details = container.querySelector('details.notes')!;
		expect(details.querySelector('summary')!.textContent).toBe('Sources and notes');
		expect(details.querySelector('dl')).toBeNull(); // built when first opened
		await fireEvent.click(details.querySelector('summary')!);
		const layers = (await screen.findByText('Layers', { selector: 'dt' })).nextElementSibling!;
		// 'config' with C1 and P1, and its note (llm-citations.ts).
		expect(layers.textContent).toContain('maker’s config');
		expect([...layers.querySelectorAll('a')].map((a) => a.textContent)).toEqual(['[C1]', '[P1]']);
		expect(layers.textContent).toContain(citations.cite.layers.note!);
		// Each id links to its entry in the list below, which names the page and when it was read.
		const entry = container.querySelector('#model-source-C1')!;
		expect(layers.querySelector('a')!.getAttribute('href')).toBe('#model-source-C1');
		expect(entry.querySelector('a')!.getAttribute('href')).toBe(LLM_SOURCES.C1.url);
		expect(entry.textContent).toContain(`(accessed ${LLM_SOURCES.C1.accessed})`);
		// Seven figures and the released weights.
		expect(container.querySelectorAll('dl dt')).toHaveLength(8);
		// Every cited source listed once, and M2, which a caveat names inline ("… architecture (M2)").
		const cited = new Set(Object.values(citations.cite).flatMap((c) => c.sources));
		const listed = [...container.querySelectorAll('ol.sources li')].map((li) => li.id);
		expect(new Set(listed).size).toBe(listed.length);
		expect(listed).toEqual(expect.arrayContaining([...cited].map((id) => `model-source-${id}`)));
		expect(citations.notes.join(' ')).toContain('(M2)');
		expect(listed).toContain('model-source-M2');
		expect(screen.getByText(citations.releasedNote)).toBeTruthy();
		expect(container.textContent).not.toContain('catalog model’s figures');
	});

	it('is Chinese on the Chinese page, and says an edited model’s figures are the catalog’s', async () => {
		const { container } = render(Harness, {
			props: { component: WorkloadPanel, props: workloadProps(true), locale: 'zh' }
		});
		await fireEvent.click(container.querySelector('details.notes summary')!);
		const layers = (await screen.findByText('层数', { selector: 'dt' })).nextElementSibling!;
		expect(layers.textContent).toContain('官方配置');
		const note = layers.querySelector('[lang]')!;
		expect(note.getAttribute('lang')).toBe('zh-CN');
		expect(note.textContent).toMatch(CJK);
		expect(container.querySelectorAll('dd [lang="en"]')).toHaveLength(0);
		expect(container.textContent).toContain('以下是预设模型的数值与出处');
		// Source titles stay as published, in English.
		expect(container.querySelector('#model-source-C1 a')!.getAttribute('lang')).toBe('en');
	});
});
