import '../i18n/training-messages';
import type { I18n } from './i18n-context';

/**
 * A time as formatDuration writes it, its SI "s", "min" and "h" in the reader's words: zh "10 秒",
 * "28.9 分钟", "41.8 小时" beside "314 天" ("10 s/116 分钟" mixed them, helper-108). Here, not in formatDuration: the first visit shows no such time,
 * and its catalog would carry the words for nothing (the training and reliability views, their
 * formulas and the summary's training sentence do).
 */
export function readerDuration(text: string, i18n: I18n): string {
	return text.replace(
		/\u00a0(s|min|h)$/,
		(_, unit: 's' | 'min' | 'h') =>
			`\u00a0${i18n.t(unit === 'h' ? 'training.unit.hours' : unit === 's' ? 'training.unit.seconds' : 'training.unit.minutes')}`
	);
}
