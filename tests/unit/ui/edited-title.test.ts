import { describe, expect, it } from 'vitest';
import { editsFromPreset } from '../../../src/lib/ui/compare/edited-title';
import { specFromPresetId } from '../../../src/lib/model/scenario';

const cm384 = specFromPresetId('cloudmatrix-384')!;

describe('editsFromPreset', () => {
	it('is null for the preset itself and for a system without one', () => {
		expect(editsFromPreset({ ...cm384 }, cm384)).toBeNull();
		expect(editsFromPreset(cm384, undefined)).toBeNull();
	});

	it('names the chip count and counts the other figures that differ', () => {
		expect(editsFromPreset({ ...cm384, chips: 768 }, cm384)).toEqual({ chips: 768, others: 0 });
		const edited = {
			...cm384,
			scaleUpBytesPerS: cm384.scaleUpBytesPerS * 2,
			denseFlopsPerS: { ...cm384.denseFlopsPerS, bf16: 1e15 }
		};
		expect(editsFromPreset(edited, cm384)).toEqual({ chips: null, others: 2 });
	});

	it('does not count a rename or the deployment as a hardware edit', () => {
		const renamed = { ...cm384, name: 'Mine', deployment: { ...cm384.deployment!, joined: 9 } };
		expect(editsFromPreset(renamed, cm384)).toBeNull();
	});
});
