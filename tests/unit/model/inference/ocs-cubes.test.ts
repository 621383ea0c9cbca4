import { describe, expect, it } from 'vitest';
import { register2026 } from '../../../../src/lib/catalog/register-2026';
import { evaluateInference } from '../../../../src/lib/model/inference/evaluate-inference';
import { DEFAULT_SERVING } from '../../../../src/lib/model/inference/serving';
import { specFromPresetId } from '../../../../src/lib/model/scenario';
import type { SystemSpec } from '../../../../src/lib/model/system';

register2026(); // the TPU presets load lazily

function decodeChipTokensPerS(spec: SystemSpec): number {
	const result = evaluateInference(spec, DEFAULT_SERVING);
	if (result.kind !== 'ok' || !result.atTarget) throw new Error(`${spec.name}: no estimate`);
	return result.atTarget.decodeChipTokensPerS;
}

describe('serving on a pod of OCS-joined cubes (TPU7x)', () => {
	const cube = specFromPresetId('tpu7x-cube-64')!;
	const pod = specFromPresetId('tpu7x-pod')!;

	it('a 64-chip pod serves exactly as one cube with the same NICs: its groups are cube slices', () => {
		// Before, the pod placed a 64-chip expert group on a 16x4 slab of its 16x24x24 torus (the
		// smallest dimensions first) and served 1,111 tokens/s per decode chip against the cube's 3,123.
		const slice = {
			...pod,
			chips: 64,
			scaleUpDomainChips: 64,
			scaleOutBytesPerS: cube.scaleOutBytesPerS
		};
		expect(decodeChipTokensPerS(slice)).toBeCloseTo(decodeChipTokensPerS(cube), 6);
	});

	it('the whole pod serves each decode chip at least as well as a 64-chip slice of it', () => {
		const slice = { ...pod, chips: 64, scaleUpDomainChips: 64 };
		expect(decodeChipTokensPerS(pod)).toBeGreaterThanOrEqual(
			decodeChipTokensPerS(slice) * (1 - 1e-9)
		);
	});
});
