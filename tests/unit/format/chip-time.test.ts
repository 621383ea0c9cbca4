import { describe, expect, it } from 'vitest';
import { formatEstimateValue } from '../../../src/lib/format/chip-time';
import { ENGLISH_UNIT_WORDS } from '../../../src/lib/format/number';
import { trainingRunCostUsd } from '../../../src/lib/model/cost';

const EN = { ...ENGLISH_UNIT_WORDS, chipHours: 'chip-hours' };

describe('chip time in a formula', () => {
	it('writes chip-seconds as chip-hours, not as a duration', () => {
		// 1,152 chips × 285 days = 1,152 × 285 × 86,400 s = 2.8367e10 chip-s ÷ 3,600 = 7,879,680 chip-h.
		const chipSeconds = 1_152 * 285 * 86_400;
		expect(formatEstimateValue(chipSeconds, 'chip·s', 'en', EN)).toBe(
			'7.88\u00a0M\u00a0chip-hours'
		);
		expect(formatEstimateValue(7_879_680, 'chip·h', 'en', EN)).toBe('7.88\u00a0M\u00a0chip-hours');
		expect(
			formatEstimateValue(chipSeconds, 'chip·s', 'zh-CN', { ...EN, chipHours: '芯片·小时' })
		).toBe('788万\u00a0芯片·小时');
		// Every other unit as formatValue writes it.
		expect(formatEstimateValue(285 * 86_400, 's', 'en', EN)).toBe('285\u00a0days');
	});

	it('prices a run from its chip-hours, the unit the price is quoted per', () => {
		// 7,879,680 chip-hours × $2 per chip-hour = $15,759,360.
		const cost = trainingRunCostUsd(7_879_680 * 3600, 2);
		expect(cost.value).toBeCloseTo(15_759_360, 3);
		expect(cost.formula).toBe('paidChipHours × costPerChipHourUsd');
		expect(cost.terms.map((t) => [t.symbol, t.value, t.unit])).toEqual([
			['paidChipHours', 7_879_680, 'chip·h'],
			['costPerChipHourUsd', 2, 'USD']
		]);
	});
});
