import '../i18n/training-messages';
import type { I18n } from './i18n-context';

/**
 * A time as formatDuration writes it, its SI "min" and "h" in the reader's words: zh "28.9 分钟",
 * "41.8 小时" beside "314 天". Here, not in formatDuration: the first visit shows no such time,
 * and its catalog would carry the words for nothing (the training and reliability views, their
 * formulas and the summary's training sentence do).
 */
export function readerDuration(text: string, i18n: I18n): string {
	return text.replace(
		/\u00a0(min|h)$/,
		(_, unit) => `\u00a0${i18n.t(unit === 'h' ? 'training.unit.hours' : 'training.unit.minutes')}`
	);
}
