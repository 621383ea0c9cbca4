/**
 * The hardware view's precision hint's messages (PrecisionHint.svelte), in both languages.
 * Importing this registers them: only the hint imports it, so they ship in its chunk, not on first
 * visit.
 */
import { addMessages } from './index';

export const enPrecisionHint = {
	'results.precisionMissing':
		'{systems} {count:has|have} no {precision} compute figure (unsupported or not published), so the efficiency rows show no value and no ratio for {count:it|them}.',
	'results.usePrecision': 'Compare at {precision}'
} as const;

const zhPrecisionHint: Record<keyof typeof enPrecisionHint, string> = {
	'results.precisionMissing':
		'{systems} 没有 {precision} 算力数据（不支持或未公布），因此能效各行中没有其数值，也没有与其相关的比值。',
	'results.usePrecision': '改用 {precision} 比较'
};

addMessages({ en: enPrecisionHint, zh: zhPrecisionHint });
