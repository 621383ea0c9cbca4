import { describe, expect, it } from 'vitest';
import { nameAtChips } from '../../../src/lib/format/system-name';

describe('nameAtChips', () => {
	it('sets a preset’s bracketed count to the chips the system has', () => {
		// The 30x claim's a=hgx-h100&a.chips=72: nine boards, not one.
		expect(nameAtChips('HGX H100 (8 GPU)', 72, 'en')).toBe('HGX H100 (72 GPU)');
		expect(nameAtChips('MI355X (8 GPUs)', 1152, 'en')).toBe('MI355X (1,152 GPUs)');
		expect(nameAtChips('某系统（8 卡）', 16, 'zh')).toBe('某系统（16 卡）');
	});

	it('leaves a name alone when its count is right or it has none', () => {
		expect(nameAtChips('HGX H100 (8 GPU)', 8, 'en')).toBe('HGX H100 (8 GPU)');
		expect(nameAtChips('GB200 NVL72', 144, 'en')).toBe('GB200 NVL72');
		expect(nameAtChips('Rack (v2)', 16, 'en')).toBe('Rack (v2)');
		expect(nameAtChips('(8 GPU)', 16, 'en')).toBe('(8 GPU)');
	});
});
