import { describe, expect, it } from 'vitest';
import { enTraining } from '../../src/lib/i18n/en-training';
import { zhTraining } from '../../src/lib/i18n/zh-training';

/** `{name}` placeholders of a message, sorted. */
const placeholders = (message: string) =>
	[...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('training, energy and reliability messages', () => {
	it('give the Chinese text the same placeholders as the English', () => {
		for (const key of Object.keys(enTraining) as (keyof typeof enTraining)[]) {
			expect(placeholders(zhTraining[key]), key).toEqual(placeholders(enTraining[key]));
		}
	});

	it('leave no Chinese message empty or untranslated', () => {
		for (const key of Object.keys(enTraining) as (keyof typeof enTraining)[]) {
			expect(zhTraining[key].trim(), key).not.toBe('');
		}
		// Whole sentences must differ; units and symbols may stay Latin.
		expect(zhTraining['training.title']).not.toBe(enTraining['training.title']);
		expect(zhTraining['cost.illustrativeNote']).not.toBe(enTraining['cost.illustrativeNote']);
	});
});
