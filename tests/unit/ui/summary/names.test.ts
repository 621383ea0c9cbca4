import { describe, expect, it } from 'vitest';
import { distinctNames } from '../../../../src/lib/ui/summary/names';

describe('distinctNames', () => {
	const h100 = 'HGX H100 (8 GPU)';
	it('are short where they differ, by chips where the short ones meet, short and lettered if still equal', () => {
		expect(
			distinctNames(
				[
					{ name: 'GB200 NVL72', chips: 72 },
					{ name: 'HGX B200 (8 GPU)', chips: 8 }
				],
				'en'
			)
		).toEqual(['GB200 NVL72', 'HGX B200']);
		// The 30x claim's 72 H100 against a plain board: both "HGX H100" would read as one.
		expect(
			distinctNames(
				[
					{ name: h100, chips: 72 },
					{ name: h100, chips: 8 }
				],
				'en'
			)
		).toEqual(['HGX H100 (72 GPU)', h100]);
		expect(
			distinctNames(
				[
					{ name: h100, chips: 8 },
					{ name: h100, chips: 8 },
					{ name: 'GB200 NVL72', chips: 72 }
				],
				'zh-CN'
			)
		).toEqual(['HGX H100（A）', 'HGX H100（B）', 'GB200 NVL72']);
		// Two of three the same at their chips: those two lettered, the third by its chips.
		expect(
			distinctNames(
				[
					{ name: h100, chips: 8 },
					{ name: h100, chips: 72 },
					{ name: h100, chips: 8 }
				],
				'en'
			)
		).toEqual(['HGX H100 (A)', 'HGX H100 (72 GPU)', 'HGX H100 (C)']);
	});
});
