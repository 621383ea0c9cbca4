import '../../i18n/diff-messages';
import '../../i18n/inference-messages';
import '../../i18n/training-messages';
import type { AssumptionDiff, DiffValue } from '../../share/diff';
import type { MessageKey } from '../../i18n';
import { formatNumber } from '../../format/number';
import type { I18n } from '../i18n-context';

/** The translated words among the diff's display units; symbols (TFLOP/s, W) are written as is. */
const UNIT_WORDS: Partial<Record<AssumptionDiff['unit'], MessageKey>> = {
	chips: 'unit.chips',
	tokens: 'unit.tokens',
	tokensPerSPerUser: 'unit.tokensPerSPerUser',
	s: 'unit.seconds',
	years: 'cost.unit.years',
	'USD/kWh': 'cost.unit.usdPerKWh',
	trillionTokens: 'training.unit.trillionTokens'
};

/** The unit after `value`: "1 chip", "72 chips", "1 year", "4,614 TFLOP/s". */
function unitText(unit: AssumptionDiff['unit'], value: number, i18n: I18n): string {
	const one = value === 1 && (unit === 'chips' || unit === 'years');
	const key = one ? (unit === 'chips' ? 'unit.chip' : 'cost.unit.year') : UNIT_WORDS[unit];
	return key ? i18n.t(key) : unit;
}

/**
 * A setting's value as the diff panel and the what-if list write it, with its unit ("1,200 W",
 * not "1,200"), or the word for no figure, the default or no such setting.
 */
export function diffValueText(value: DiffValue, unit: AssumptionDiff['unit'], i18n: I18n): string {
	switch (value.kind) {
		case 'number': {
			// A rate's unit joins its number: "0.0001/h", not "0.0001 /h".
			const words = unitText(unit, value.value, i18n);
			const space = words.startsWith('/') ? '' : ' ';
			return `${formatNumber(value.value, i18n.tag, 6)}${space}${words}`.trim();
		}
		case 'text':
			return value.text;
		case 'none':
			// In the hardware table's words: "unsupported", "none (removed)" or "not cited".
			return i18n.t(`results.${value.reason}`);
		case 'default':
			if (value.text === undefined) return i18n.t('diff.default');
			// The link's "none" (no rental price) is a word, in the reader's language.
			return value.text === 'none'
				? i18n.t('diff.defaultNone')
				: i18n.t('diff.defaultValue', { value: value.text });
		case 'absent':
			return i18n.t('diff.absent');
		case 'not-in-model':
			return i18n.t('diff.notInModel');
	}
}

/**
 * A setting's name as the diff panel and the what-if list write it. A failure rate is named as
 * one: the reliability view's row label ("Optical transceiver") sits under its rate column there.
 */
export function assumptionLabel(row: AssumptionDiff, i18n: I18n): string {
	if (!row.label) return row.key;
	const name = i18n.t(row.label as MessageKey, row.labelParams);
	return row.key.startsWith('o.rate.') ? i18n.t('diff.failureRate', { part: name }) : name;
}
