import { cleanup, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import Harness from './Harness.svelte';
import Notices from '../../src/lib/ui/layout/Notices.svelte';
import type { Notice } from '../../src/lib/share/notices';
import { decodeScenario } from '../../src/lib/share/codec';

/** The notice lines a link gives, as the page lists them in `locale` (then unmounted). */
async function linesOf(link: string, locale: 'en' | 'zh' = 'en') {
	const { notices } = decodeScenario(link);
	const { unmount } = render(Harness, {
		props: { component: Notices, locale, props: { notices, ondismiss: vi.fn() } }
	});
	const lines = (await screen.findAllByRole('listitem')).map((li) => li.textContent);
	unmount();
	return lines;
}

describe('a link’s notices', () => {
	// The lines and their messages are their own chunk (ui/lazy.svelte.ts), fetched once per page.
	it('show the title at once and each line once its chunk arrives, capped with a count', async () => {
		const notices: Notice[] = Array.from({ length: 23 }, (_, i) => ({
			code: 'unknown-key',
			key: `x${i}`
		}));
		render(Harness, { props: { component: Notices, props: { notices, ondismiss: vi.fn() } } });
		expect(screen.getByRole('heading').textContent).toBe(
			'Parts of this link were ignored or changed'
		);
		expect(screen.getByText('Loading the details…')).toBeTruthy();
		// Whole lines: the key sits in its own <bdi>, isolated from the sentence around it.
		const line = (text: string) => (_: string, el: Element | null) =>
			el?.tagName === 'LI' && el.textContent === text;
		expect(await screen.findByText(line('Unknown setting “x0” was ignored.'))).toBeTruthy();
		// 20 shown, then "and 3 more".
		expect(screen.getAllByRole('listitem')).toHaveLength(21);
		expect(screen.getByTestId('notices-more').textContent).toBe('and 3 more');
		expect(screen.queryByText('Loading the details…')).toBeNull();
	});

	it('name the preset used instead of an unknown one as the page does, not by its id (review item 4)', async () => {
		const link = 'v=1&a=doesnotexist&b=hgx-h100';
		expect(await linesOf(link)).toEqual([
			'There is no system preset “doesnotexist”; GB200 NVL72 was used instead.'
		]);
		expect(await linesOf(link, 'zh')).toEqual([
			'不存在名为“doesnotexist”的系统预设；已改用 GB200 NVL72。'
		]);
	});

	it('say a model field the model lacks does not apply, not that it is unknown (helper-103)', async () => {
		// DeepSeek-R1 (the default model) has MLA attention: no KV heads to set.
		expect(await linesOf('v=1&a=gb200-nvl72&llm.kv_heads=8&llm.bogus=1')).toEqual([
			'“llm.kv_heads” does not apply to the model in use: its architecture has no such part; ignored.',
			'Unknown setting “llm.bogus” was ignored.'
		]);
	});

	it('say the same of the what-if baseline’s model keys (base.llm, base.llm.kv_heads; helper-140)', async () => {
		// Had been "no system preset “bogus”; deepseek-r1 was used" and "Unknown setting".
		expect(await linesOf('v=1&a=gb200-nvl72&base=1&base.llm=bogus&base.llm.kv_heads=8')).toEqual([
			'In the what-if baseline: There is no model preset “bogus”; DeepSeek-R1 / V3 was used instead.',
			'In the what-if baseline: “base.llm.kv_heads” does not apply to the model in use: its architecture has no such part; ignored.'
		]);
	});

	it('say a baseline’s notice is the baseline’s, also where its message names no key (helper-140)', async () => {
		// Had read "There is no system preset “nonexistent”; …", as if about the scenario shown.
		const link = 'v=1&a=gb200-nvl72&b=cloudmatrix-384&base=1&base.b=nonexistent';
		expect(await linesOf(link)).toEqual([
			'In the what-if baseline: There is no system preset “nonexistent”; CloudMatrix 384 was used instead.'
		]);
		expect(await linesOf(link, 'zh')).toEqual([
			'假设分析的基准中：不存在名为“nonexistent”的系统预设；已改用 CloudMatrix 384。'
		]);
	});

	it('say when a value the link never set followed one it did (a.chips=-5 lowers the domain)', async () => {
		expect(await linesOf('v=1&a=gb200-nvl72&b=hgx-h100&a.chips=-5')).toEqual([
			'“a.chips” = “-5” is out of range; 1 was used instead.',
			'“a.domain” was not in the link; its value 72 does not fit the settings the link gives, so 1 was used.'
		]);
		// In the baseline too (helper-140: its domain went down without a word).
		expect(await linesOf('v=1&a=gb200-nvl72&b=hgx-h100&base=1&base.a.chips=-5')).toEqual([
			'In the what-if baseline: “base.a.chips” = “-5” is out of range; 1 was used instead.',
			'In the what-if baseline: “base.a.domain” was not in the link; its value 72 does not fit the settings the link gives, so 1 was used.'
		]);
	});

	it('say what a hand-edited baseline does in the baseline’s names (helper-143)', async () => {
		// base.a= takes A out of the baseline: "read as “a”" had named the scenario's A.
		const emptied = 'v=1&a=gb200-nvl72&b=cloudmatrix-384&base=1&base.a=';
		// The link's "b", as it writes it (helper-148: "base.b", a key it does not give).
		expect(await linesOf(emptied)).toEqual([
			'In the what-if baseline: System “b” is read as “base.a”, with its “b.” settings: a comparison fills its slots in order, from “a”.'
		]);
		expect(await linesOf(emptied, 'zh')).toEqual([
			'假设分析的基准中：系统“b”按“base.a”读取，以“b.”开头的设置随之移过去：对比从“a”起依次占用槽位。'
		]);
		// Its only system taken out: the slot's preset is used, said so. "There is no system preset
		// “”; GB200 NVL72 was used instead" named no preset, and not that the baseline was left empty.
		const none = 'v=1&a=gb200-nvl72&base.a=&base=1';
		expect(await linesOf(none)).toEqual([
			'In the what-if baseline: “base.a” is empty, which would leave no system; a comparison needs one, so the slot’s preset, GB200 NVL72, was used.'
		]);
		expect(await linesOf(none, 'zh')).toEqual([
			'假设分析的基准中：“base.a”为空，基准中将没有任何系统；对比至少需要一个系统，因此采用了该槽位的预设 GB200 NVL72。'
		]);
		// A preset the link names that does not exist is still that.
		expect(await linesOf('v=1&a=&base=1&base.b=hgx-h100')).toEqual([
			'There is no system preset “”; GB200 NVL72 was used instead.'
		]);
		// No system c in the scenario, one in the baseline: c.chips is the baseline's, not ignored.
		const onlyInBaseline = 'v=1&a=gb200-nvl72&b=cloudmatrix-384&c.chips=4&base=1&base.c=hgx-h100';
		expect(await linesOf(onlyInBaseline)).toEqual([
			'“c.chips” belongs to a system that only the what-if baseline has: the baseline reads it; the scenario ignores it.',
			'In the what-if baseline: “base.c.domain” was not in the link; its value 8 does not fit the settings the link gives, so 4 was used.'
		]);
		expect((await linesOf(onlyInBaseline, 'zh'))[0]).toBe(
			'“c.chips”所属的系统只在假设分析的基准中：基准读取了它，当前场景忽略了它。'
		);
	});

	it('say which keys the baseline reads from the link, by their names in it (helper-148)', async () => {
		// The baseline's HGX H100 reads c.chips=abc: said to be the baseline's, named as the link has
		// it (had been "base.c.chips").
		const chips = 'v=1&a=gb200-nvl72&b=cloudmatrix-384&c.chips=abc&base=1&base.c=hgx-h100';
		expect((await linesOf(chips))[1]).toBe(
			'In the what-if baseline: “c.chips” = “abc” is not a number; 8 was used.'
		);
		expect((await linesOf(chips, 'zh'))[1]).toBe(
			'假设分析的基准中：“c.chips” = “abc”不是数字；已采用 8。'
		);
		// A model field only the baseline's model has (Llama 3.3's KV heads; DeepSeek-R1 has none):
		// read by the baseline, not "unknown" nor "does not apply to the model in use".
		const model = 'v=1&a=gb200-nvl72&llm.kv_heads=4&base=1&base.llm=llama-3.3-70b';
		expect(await linesOf(model)).toEqual([
			'“llm.kv_heads” does not apply to the scenario’s model, only to the what-if baseline’s: the baseline reads it; the scenario ignores it.'
		]);
		expect(await linesOf(model, 'zh')).toEqual([
			'“llm.kv_heads”不适用于当前场景的模型，只适用于假设分析基准的模型：基准读取了它，当前场景忽略了它。'
		]);
		// So is an alias beside its key, which the baseline takes out: eff, basis's earlier name.
		const alias = 'v=1&a=gb200-nvl72&eff=fp8&basis=bf16&base=1&base.basis=';
		expect(await linesOf(alias)).toEqual([
			'“eff” is an earlier name of “basis”, which the link also gives: the scenario reads “basis” and ignores it; the what-if baseline, which takes “basis” out, reads it.'
		]);
		expect(await linesOf(alias, 'zh')).toEqual([
			'“eff”是“basis”的旧名称，而链接也给出了后者：当前场景读取“basis”并忽略了它；假设分析的基准去掉了“basis”，因此读取了它。'
		]);
	});

	it('say what cleaning a name does, not that it was out of range (helper-88)', async () => {
		const notices = decodeScenario(`v=1&a=gb200-nvl72&a.name=${'X'.repeat(80)}`).notices;
		render(Harness, { props: { component: Notices, props: { notices, ondismiss: vi.fn() } } });
		const [line] = (await screen.findAllByRole('listitem')).map((li) => li.textContent);
		expect(line).toMatch(
			/^“a\.name” = “X+…X+”: a name keeps at most 60 characters and no control, invisible or broken \(�\) ones; “X+…X+” was used\.$/
		);
		expect(line).not.toContain('range');
	});

	it('name an unknown model as a model, and a key left unset as ignored (helper-86)', async () => {
		const notices = decodeScenario('v=1&llm=bogus&a.sw=abc&a.usd_chip_h=abc').notices;
		const items = async () => (await screen.findAllByRole('listitem')).map((li) => li.textContent);
		render(Harness, { props: { component: Notices, props: { notices, ondismiss: vi.fn() } } });
		// They read "There is no system preset “bogus”" and "…is not a number; none was used."
		expect(await items()).toEqual([
			'“a.usd_chip_h” = “abc” is not a number; it was ignored, as if the link had not set it.',
			'“a.sw” = “abc” is not a number; it was ignored, as if the link had not set it.',
			'There is no model preset “bogus”; DeepSeek-R1 / V3 was used instead.'
		]);
		cleanup();
		render(Harness, {
			props: { component: Notices, locale: 'zh', props: { notices, ondismiss: vi.fn() } }
		});
		expect(await items()).toEqual([
			'“a.usd_chip_h” = “abc”不是数字；已忽略，如同链接未设置该项。',
			'“a.sw” = “abc”不是数字；已忽略，如同链接未设置该项。',
			'不存在名为“bogus”的模型预设；已改用 DeepSeek-R1 / V3。'
		]);
	});

	it('render nothing when the link had nothing to report', () => {
		const { container } = render(Harness, {
			props: { component: Notices, props: { notices: [], ondismiss: vi.fn() } }
		});
		expect(container.querySelector('[data-testid="notices"]')).toBeNull();
	});
});
