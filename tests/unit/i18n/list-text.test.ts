import { describe, expect, it } from 'vitest';
import { listText } from '../../../src/lib/i18n/list-text';

const zh = new Intl.ListFormat('zh-CN', { type: 'conjunction' });
const en = new Intl.ListFormat('en', { type: 'conjunction' });

describe('listText', () => {
	// The what-if summary's "单系统芯片数（A）×1.42和目标单用户速度×2" ran the figure into "和"
	// (helper-145); the catalogs keep a space between Chinese and figures or Latin text.
	it('spaces "和" from a figure or Latin text beside it in Chinese', () => {
		expect(listText(zh, ['单系统芯片数（A）×1.42', '目标单用户速度×2'])).toBe(
			'单系统芯片数（A）×1.42 和目标单用户速度×2'
		);
		expect(listText(zh, ['移除 GB200 NVL72', '权重：FP8 → FP4', '目标单用户速度×2'])).toBe(
			'移除 GB200 NVL72、权重：FP8 → FP4 和目标单用户速度×2'
		);
		expect(listText(zh, ['训练', 'GB200 NVL72'])).toBe('训练和 GB200 NVL72');
	});

	it('leaves "和" unspaced beside Chinese or a full-width bracket, and "、" always', () => {
		expect(listText(zh, ['推理', '训练', '能耗'])).toBe('推理、训练和能耗');
		expect(listText(zh, ['芯片数（B）', '功耗（A）'])).toBe('芯片数（B）和功耗（A）');
	});

	it('leaves other languages to Intl.ListFormat', () => {
		expect(listText(en, ['Chips per system (A) ×1.42', 'Target speed per user ×2'])).toBe(
			'Chips per system (A) ×1.42 and Target speed per user ×2'
		);
	});
});
