import type { UnitWords } from '../format/number';
import type { I18n } from './i18n-context';

/** Unit words in the reader's language, for formatValue and formatDuration. */
export function unitWords(i18n: I18n): UnitWords {
	return {
		perW: i18n.t('unit.perW'),
		perTflops: i18n.t('unit.perTflops'),
		chip: i18n.t('unit.chip'),
		chips: i18n.t('unit.chips'),
		days: i18n.t('unit.days')
	};
}
