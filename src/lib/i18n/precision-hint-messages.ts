/**
 * The hardware view's precision hint's messages (PrecisionHint.svelte), in both languages.
 * Importing this registers them: only the hint imports it, so they ship in its chunk, not on first
 * visit.
 */
import { addMessages } from './index';

export const enPrecisionHint = {
	'results.precisionMissing':
		'{systems} {count:publishes|publish} no {precision} compute figure, so {count:its|their} efficiency rows are empty.',
	'results.usePrecision': 'Compare at {precision}'
} as const;

const zhPrecisionHint: Record<keyof typeof enPrecisionHint, string> = {
	'results.precisionMissing': '{systems} 未公布 {precision} 算力数据，因此其能效行为空。',
	'results.usePrecision': '改用 {precision} 比较'
};

addMessages({ en: enPrecisionHint, zh: zhPrecisionHint });
