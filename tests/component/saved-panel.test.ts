import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import Harness from './Harness.svelte';
import SavedPanel from '../../src/lib/ui/layout/SavedPanel.svelte';
import { SAVED_KEY } from '../../src/lib/state/saved.svelte';
import type { Locale } from '../../src/lib/i18n';

const entry = (name: string, query: string) => ({ name, query, savedAt: '2026-01-02T00:00:00Z' });

function setup(locale: Locale = 'en') {
	const onopen = vi.fn();
	render(Harness, {
		props: {
			component: SavedPanel,
			locale,
			props: { query: () => 'v=1&a=hgx-h100', onopen }
		}
	});
	return { onopen };
}

/**
 * The panel with storage refusing every write while `names` are saved in turn, then `check`
 * (storage is given back even when it fails: the next tests need it).
 */
async function withRefusedSaves(
	locale: Locale,
	names: string[],
	check: (alert: HTMLElement) => Promise<void> | void
) {
	const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
		throw new DOMException('full', 'QuotaExceededError');
	});
	const { unmount } = render(Harness, {
		props: {
			component: SavedPanel,
			locale,
			props: { query: () => 'v=1&a=hgx-h100', onopen: vi.fn() }
		}
	});
	try {
		const [field, save] = locale === 'en' ? ['Name', 'Save this scenario'] : ['名称', '保存此场景'];
		for (const name of names) {
			await fireEvent.input(screen.getByLabelText(field), { target: { value: name } });
			await fireEvent.click(screen.getByRole('button', { name: save }));
		}
		await check(screen.getByRole('alert'));
	} finally {
		unmount();
		spy.mockRestore();
	}
}

describe('SavedPanel', () => {
	beforeEach(() => localStorage.clear());

	it('renders a list whose stored names collide, opens each, and says what it repaired', async () => {
		localStorage.setItem(
			SAVED_KEY,
			JSON.stringify([entry('same', 'v=1&a=hgx-h100'), entry('same', 'v=1&a=hgx-b200'), 42])
		);
		const { onopen } = setup();
		const items = screen.getAllByRole('listitem').filter((li) => li.querySelector('bdi'));
		expect(items.map((li) => li.querySelector('bdi')!.textContent)).toEqual(['same', 'same (2)']);
		await fireEvent.click(within(items[1]!).getByRole('button', { name: 'Open “same (2)”' }));
		expect(onopen).toHaveBeenCalledWith('v=1&a=hgx-b200');
		const alert = screen.getByRole('alert');
		// One of each: singular sentences.
		expect(alert.textContent).toContain(
			'1 saved entry could not be read (damaged storage) and was left out of the list.'
		);
		expect(alert.textContent).toContain(
			'1 saved scenario had the same name as another and was given a number'
		);
	});

	it('asks before replacing a name, in Chinese too', async () => {
		localStorage.setItem(SAVED_KEY, JSON.stringify([entry('mine', 'v=1&a=hgx-b200')]));
		const { container } = render(Harness, {
			props: {
				component: SavedPanel,
				locale: 'zh',
				props: { query: () => 'v=1&a=hgx-h100', onopen: vi.fn() }
			}
		});
		// The count in full-width brackets, as a Chinese sentence writes them.
		expect(container.querySelector('summary')!.textContent).toBe('本机已保存（1）');
		await fireEvent.input(screen.getByLabelText('名称'), { target: { value: 'mine' } });
		await fireEvent.click(screen.getByRole('button', { name: '保存此场景' }));
		const question = screen.getByRole('alertdialog');
		expect(question.textContent).toContain('本机已保存名为「mine」的场景');
		await fireEvent.click(within(question).getByRole('button', { name: '替换' }));
		expect(screen.queryByRole('alertdialog')).toBeNull();
		expect(JSON.parse(localStorage.getItem(SAVED_KEY)!)[0].query).toBe('v=1&a=hgx-h100');
	});

	it('marks a save storage refused and offers it as a download', async () => {
		const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		setup();
		await fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'big' } });
		await fireEvent.click(screen.getByRole('button', { name: 'Save this scenario' }));
		expect(screen.getByRole('alert').textContent).toContain('did not store “big”');
		expect(screen.getByRole('button', { name: 'Download “big” as JSON' })).toBeTruthy();
		expect(screen.getByText('not stored')).toBeTruthy();
		spy.mockRestore();
	});

	it('names every scenario storage refused, isolated, in English and Chinese, and drops each once deleted (issue 15)', async () => {
		for (const locale of ['en', 'zh'] as const)
			await withRefusedSaves(locale, ['first', 'second'], async (alert) => {
				expect(alert.querySelector('li')!.textContent).toBe(
					locale === 'en'
						? 'This browser did not store 2 scenarios: “second”, “first” (storage full or private mode). They stay in the list only until you close the page: download them as JSON to keep them, or delete older entries.'
						: '此浏览器未能保存 2 个场景：「second」、「first」（存储已满或处于隐私模式）。它们只在关闭页面前留在列表中：请下载为 JSON 以便保留，或删除较早的记录。'
				);
				expect([...alert.querySelectorAll('bdi')].map((b) => b.textContent)).toEqual([
					'second',
					'first'
				]);
				await fireEvent.click(
					screen.getByRole('button', {
						name: locale === 'en' ? 'Delete “second”' : '删除「second」'
					})
				);
				expect(screen.getByRole('alert').textContent).toContain(
					locale === 'en' ? 'did not store “first”' : '未能保存「first」'
				);
			});
	});

	it('names the first five scenarios storage refused and counts the rest', async () => {
		for (const locale of ['en', 'zh'] as const)
			await withRefusedSaves(locale, ['s1', 's2', 's3', 's4', 's5', 's6', 's7'], (alert) => {
				// The list shows the newest first: s7 … s3 named, s2 and s1 counted.
				expect(alert.querySelector('li')!.textContent).toContain(
					locale === 'en'
						? 'did not store 7 scenarios: “s7”, “s6”, “s5”, “s4”, “s3” and 2 more (storage full'
						: '未能保存 7 个场景：「s7」、「s6」、「s5」、「s4」、「s3」及另外 2 个（存储已满'
				);
				expect(alert.querySelectorAll('bdi')).toHaveLength(5);
			});
	});

	it('deletes at once and offers an undo that puts the entry back in place (review item 1)', async () => {
		const list = [entry('first', 'v=1&a=hgx-h100'), entry('second', 'v=1&a=hgx-b200')];
		localStorage.setItem(SAVED_KEY, JSON.stringify(list));
		setup();
		const status = screen.getByRole('status');
		expect(status.textContent!.trim()).toBe('');
		await fireEvent.click(screen.getByRole('button', { name: 'Delete “first”' }));
		expect(status.textContent).toContain('Deleted “first”.');
		const undo = screen.getByRole('button', { name: 'Undo deleting “first”' });
		expect(undo.textContent).toBe('Undo');
		expect(document.activeElement).toBe(undo);
		await fireEvent.click(undo);
		expect(JSON.parse(localStorage.getItem(SAVED_KEY)!)).toEqual(list);
		expect(status.textContent).toContain('Restored “first”.');
		expect(screen.queryByRole('button', { name: /^Undo deleting/ })).toBeNull();
		expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete “first”' }));
	});

	it('says a deletion and its undo in Chinese', async () => {
		localStorage.setItem(SAVED_KEY, JSON.stringify([entry('甲', 'v=1&a=hgx-h100')]));
		setup('zh');
		await fireEvent.click(screen.getByRole('button', { name: '删除「甲」' }));
		expect(screen.getByRole('status').textContent).toContain('已删除「甲」。');
		await fireEvent.click(screen.getByRole('button', { name: '撤销删除「甲」' }));
		expect(screen.getByRole('status').textContent).toContain('已恢复「甲」。');
	});
});
