import { describe, expect, it } from 'vitest';
import { distinctNames, namesWithAddedAside } from '../../../../src/lib/ui/summary/names';
import { nameBesideCount } from '../../../../src/lib/format/system-name';

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

	it('give a preset’s bare count its unit at another count, so a sentence does not state it twice', () => {
		const pod = 'TPU7x pod (9,216)';
		const pods = [
			{ name: pod, chips: 4096 },
			{ name: pod, chips: 9216 }
		];
		const en = distinctNames(pods, 'en');
		expect(en).toEqual(['TPU7x pod (4,096 chips)', pod]);
		// The hardware sentence's name beside its own count: the count is dropped from both names.
		expect(en.map(nameBesideCount)).toEqual(['TPU7x pod', 'TPU7x pod']);
		expect(distinctNames(pods, 'zh-CN')).toEqual(['TPU7x pod（4,096 颗芯片）', pod]);
	});

	it('mark a system edited away from its preset, as its card’s title does (helper-153)', () => {
		const mark = (name: string) => `${name}, edited`;
		const cm = 'CloudMatrix 384';
		// B edited to 768 chips: its quotes must not pass for the preset's.
		expect(
			distinctNames(
				[
					{ name: 'GB200 NVL72', chips: 72 },
					{ name: cm, chips: 768, edited: true }
				],
				'en',
				mark
			)
		).toEqual(['GB200 NVL72', 'CloudMatrix 384, edited']);
		// Beside an unedited copy the mark alone tells them apart (no count added); the short name
		// is marked, so the hardware sentence's "(8 chips)" is not stated twice.
		expect(
			distinctNames(
				[
					{ name: 'HGX H100 (8 GPU)', chips: 8 },
					{ name: 'HGX H100 (8 GPU)', chips: 8, edited: true }
				],
				'zh-CN',
				(name) => `${name}（已修改）`
			)
		).toEqual(['HGX H100', 'HGX H100（已修改）']);
		// Two edited copies at the same chips: marked, then lettered.
		expect(
			distinctNames(
				[
					{ name: cm, chips: 768, edited: true },
					{ name: cm, chips: 768, edited: true }
				],
				'en',
				mark
			)
		).toEqual(['CloudMatrix 384, edited (A)', 'CloudMatrix 384, edited (B)']);
		// In Chinese the mark and the letter, or the count, share one bracket: "（已修改）（A）" read
		// as two asides in a row.
		const zhMark = (name: string) => `${name}（已修改）`;
		expect(
			distinctNames(
				[
					{ name: cm, chips: 768, edited: true },
					{ name: cm, chips: 768, edited: true }
				],
				'zh-CN',
				zhMark
			)
		).toEqual(['CloudMatrix 384（已修改，A）', 'CloudMatrix 384（已修改，B）']);
		expect(
			distinctNames(
				[
					{ name: 'TPU7x pod (9,216)', chips: 4096, edited: true },
					{ name: 'TPU7x pod (9,216)', chips: 8192, edited: true }
				],
				'zh-CN',
				zhMark
			)
		).toEqual(['TPU7x pod（4,096 颗芯片，已修改）', 'TPU7x pod（8,192 颗芯片，已修改）']);
		// A typed name's own brackets are its text: the letter is an aside of its own.
		expect(
			distinctNames(
				[
					{ name: '机柜（v2）', chips: 72 },
					{ name: '机柜（v2）', chips: 72 }
				],
				'zh-CN'
			)
		).toEqual(['机柜（v2）（A）', '机柜（v2）（B）']);
	});

	it('say which names end in an aside the summary added, which a sentence’s aside may join', () => {
		const systems = [
			{ name: 'CloudMatrix 384', chips: 768, edited: true },
			{ name: '机柜（v2）', chips: 72 },
			{ name: 'HGX H100 (8 GPU)', chips: 8 }
		];
		const names = distinctNames(systems, 'zh-CN', (name) => `${name}（已修改）`);
		expect(names).toEqual(['CloudMatrix 384（已修改）', '机柜（v2）', 'HGX H100']);
		expect([...namesWithAddedAside(systems, names, 'zh-CN')]).toEqual([
			'CloudMatrix 384（已修改）'
		]);
	});
});
