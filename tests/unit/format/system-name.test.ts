import { describe, expect, it } from 'vitest';
import { nameAtChips, nameBesideCount } from '../../../src/lib/format/system-name';

describe('nameAtChips', () => {
	it('sets a preset’s bracketed count to the chips the system has', () => {
		// The 30x claim's a=hgx-h100&a.chips=72: nine boards, not one.
		expect(nameAtChips('HGX H100 (8 GPU)', 72, 'en')).toBe('HGX H100 (72 GPU)');
		expect(nameAtChips('MI355X (8 GPUs)', 1152, 'en')).toBe('MI355X (1,152 GPUs)');
		expect(nameAtChips('某系统（8 卡）', 16, 'zh')).toBe('某系统（16 卡）');
		// A preset's count without a unit.
		expect(nameAtChips('TPU7x pod (9,216)', 4096, 'en')).toBe('TPU7x pod (4,096)');
	});

	it('a sentence stating the chips drops the name’s own count, with or without a unit', () => {
		expect(nameBesideCount('HGX B200 (8 GPU)')).toBe('HGX B200');
		// "TPU7x pod (9,216) (9,216 chips)" read the count twice.
		expect(nameBesideCount('TPU7x pod (9,216)')).toBe('TPU7x pod');
		expect(nameBesideCount('Trn3 UltraServer (144)')).toBe('Trn3 UltraServer');
		// A typed name's bare number may be a version: kept.
		expect(nameBesideCount('Rack (2)')).toBe('Rack (2)');
		expect(nameAtChips('Rack (2)', 16, 'en')).toBe('Rack (2)');
	});

	it('leaves a name alone when its count is right or it has none', () => {
		expect(nameAtChips('HGX H100 (8 GPU)', 8, 'en')).toBe('HGX H100 (8 GPU)');
		expect(nameAtChips('GB200 NVL72', 144, 'en')).toBe('GB200 NVL72');
		expect(nameAtChips('Rack (v2)', 16, 'en')).toBe('Rack (v2)');
		expect(nameAtChips('(8 GPU)', 16, 'en')).toBe('(8 GPU)');
	});
});
