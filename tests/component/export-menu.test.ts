import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import Harness from './Harness.svelte';
import ExportMenu from '../../src/lib/ui/layout/ExportMenu.svelte';
import type { ImportResult } from '../../src/lib/state/import-scenario';
// The import's reader registers what a result says; these tests stand in for it.
import '../../src/lib/i18n/import-messages';

/** Choose `file` in the menu's import field, as a reader does. */
async function choose(file: File) {
	const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
	Object.defineProperty(input, 'files', { value: [file], configurable: true });
	await fireEvent.change(input);
}

function renderMenu(onimport: (text: string) => Promise<ImportResult>) {
	render(Harness, {
		props: { component: ExportMenu, props: { oncsv: vi.fn(), onjson: vi.fn(), onimport } }
	});
}

describe('the export menu’s import', () => {
	it('says the import could not run, not "could not build the file", when its code is missing', async () => {
		renderMenu(async () => ({ ok: false, reason: 'unavailable' }));
		await choose(new File(['{"query":"v=1&a=hgx-h100"}'], 'scenario.json'));
		expect(
			await screen.findByText(
				'The import could not run (offline, or the file could not be read). Nothing was changed.'
			)
		).toBeTruthy();
	});

	it('says the same when the file cannot be read, without calling the reader', async () => {
		const onimport = vi.fn(async (): Promise<ImportResult> => ({ ok: true, query: '' }));
		renderMenu(onimport);
		const file = new File(['{}'], 'gone.json');
		file.text = () => Promise.reject(new DOMException('gone', 'NotReadableError'));
		await choose(file);
		expect(
			await screen.findByText(
				'The import could not run (offline, or the file could not be read). Nothing was changed.'
			)
		).toBeTruthy();
		expect(onimport).not.toHaveBeenCalled();
	});

	it('says the file’s link is what was imported, and when its figures disagree (review item 2)', async () => {
		renderMenu(async () => ({ ok: true, query: 'v=1&a=hgx-h100' }));
		await choose(new File(['{}'], 'a.json'));
		expect(await screen.findByText('Scenario imported from the link in the file')).toBeTruthy();
		renderMenu(async () => ({ ok: true, query: 'v=1&a=hgx-h100', figuresDiffer: true }));
		const inputs = document.querySelectorAll<HTMLInputElement>('input[type=file]');
		Object.defineProperty(inputs[1]!, 'files', { value: [new File(['{}'], 'b.json')] });
		await fireEvent.change(inputs[1]!);
		expect(
			await screen.findByText(
				'Scenario imported from the link in the file. The file’s figures differ from what that link gives (edited?): they are results, not inputs, and were not read.'
			)
		).toBeTruthy();
	});

	it('says it in Chinese', async () => {
		render(Harness, {
			props: {
				component: ExportMenu,
				locale: 'zh',
				props: {
					oncsv: vi.fn(),
					onjson: vi.fn(),
					onimport: async (): Promise<ImportResult> => ({
						ok: true,
						query: 'v=1&a=hgx-h100',
						figuresDiffer: true
					})
				}
			}
		});
		await choose(new File(['{}'], 'a.json'));
		expect(
			await screen.findByText(/^已从文件中的链接导入场景。文件中的数值与该链接给出的不一致/)
		).toBeTruthy();
	});
});
