import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import Harness from './Harness.svelte';
import InferenceCases from '../../src/lib/ui/validation/InferenceCases.svelte';
import TrainingCases from '../../src/lib/ui/validation/TrainingCases.svelte';
import { buildValidationTable } from '../../src/lib/content/validation';
import { addDataTranslations, addMessages, loadMessages } from '../../src/lib/i18n';
import { enValidation } from '../../src/lib/i18n/en-validation';
import { zhValidation } from '../../src/lib/i18n/zh-validation';
import { zhValidationData } from '../../src/lib/i18n/zh-validation-data';

// As /validation registers them.
addMessages({ en: enValidation, zh: zhValidation });
addDataTranslations({ zh: zhValidationData });
const table = buildValidationTable();
const rows = table.inference;
const llama2 = rows.filter((row) => row.label.includes('Llama 2 70B'));
const llama3 = table.training.filter((row) => row.label.startsWith('Llama 3 70B'));

afterEach(cleanup);

// Cases titled "MLPerf v5.0 Llama 2 70B, …" (and training's "Llama 3 70B, …") beside a Model column
// saying "Llama 3.3 70B", the reason only in the folded notes or nowhere, read as a mistake
// (helper-145).
describe('the inference cases whose measured model the catalog lacks', () => {
	it('are the 11 MLPerf Llama 2 70B rows and the 3 Llama 3 70B training rows, modelled as Llama 3.3 70B', () => {
		expect(llama2).toHaveLength(11);
		expect(llama3).toHaveLength(3);
		expect(new Set(llama3.map((row) => row.model.name))).toEqual(new Set(['Llama 3.3 70B']));
		expect(table.training.filter((row) => row.model.standInFor !== null)).toEqual(llama3);
		expect(new Set(llama2.map((row) => row.model.name))).toEqual(new Set(['Llama 3.3 70B']));
		expect(rows.filter((row) => row.model.standInFor !== null)).toEqual(llama2);
	});

	it('say beside the model which model it stands in for, and above the table why', () => {
		render(Harness, { props: { component: InferenceCases, locale: 'en', props: { rows } } });
		const beside = screen.getAllByTestId('stand-in-for').map((e) => e.textContent!.trim());
		expect(beside).toEqual(llama2.map(() => 'standing in for Llama 2 70B (see above the table)'));
		const why = screen.getByTestId('stand-in').textContent!.trim();
		expect(why).toMatch(
			/^Stand-in model \(11 rows\): Llama 2 70B is not in the catalog; Llama 3\.3 70B stands in for it\./
		);
		// What the cited data supports: the shape an assumption, the vocabulary the difference.
		expect(why).toContain('Assumption, as models.md cites no Llama 2 figures');
		expect(why).toContain('32k vocabulary, against Llama 3’s 128k');
	});

	it('say it in Chinese too', async () => {
		await loadMessages('zh');
		render(Harness, { props: { component: InferenceCases, locale: 'zh', props: { rows } } });
		expect(screen.getAllByTestId('stand-in-for')[0]!.textContent!.trim()).toBe(
			'代替 Llama 2 70B（说明见表格上方）'
		);
		const why = screen.getByTestId('stand-in');
		expect(why.textContent!.trim()).toMatch(
			/^代替模型（11 行）：Llama 2 70B 不在预设模型中，由 Llama 3\.3 70B 代替。/
		);
		expect(why.querySelector('span')!.getAttribute('lang')).toBe('zh-CN');
	});

	it('say so of the training rows measured on Llama 3 70B too', async () => {
		await loadMessages('zh');
		for (const locale of ['en', 'zh'] as const) {
			render(Harness, {
				props: { component: TrainingCases, locale, props: { rows: table.training } }
			});
			const beside = screen.getAllByTestId('stand-in-for').map((e) => e.textContent!.trim());
			const why = screen.getByTestId('stand-in').textContent!.trim();
			if (locale === 'en') {
				expect(beside).toEqual(
					llama3.map(() => 'standing in for Llama 3 70B (see above the table)')
				);
				expect(why).toBe(
					'Stand-in model (3 rows): Llama 3 70B is not in the catalog; Llama 3.3 70B stands in for it, with the same shape (models.md, after Meta’s architecture table, C5).'
				);
			} else {
				expect(beside).toEqual(llama3.map(() => '代替 Llama 3 70B（说明见表格上方）'));
				expect(why).toMatch(
					/^代替模型（3 行）：Llama 3 70B 不在预设模型中，由 Llama 3\.3 70B 代替/
				);
			}
			cleanup();
		}
	});
});
