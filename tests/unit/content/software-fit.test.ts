import { describe, expect, it } from 'vitest';
import { MEASURED_CASES } from '../../../src/lib/catalog/measurements';
import { SYSTEM_PRESETS } from '../../../src/lib/catalog/systems';
import { CHIP_FAMILIES } from '../../../src/lib/model/chip-family';
import {
	fitSoftwareTable,
	fittedFamilyOf,
	medianLogRatio
} from '../../../src/lib/content/software-fit';
import {
	SOFTWARE_FRACTION_PRIOR,
	SOFTWARE_FRACTIONS
} from '../../../src/lib/model/inference/software-fractions';
import { chipFamilyOf } from '../../../src/lib/model/inference/software';
import { specFromPreset, specFromPresetId } from '../../../src/lib/model/scenario';
import { systemSoftware } from '../../../src/lib/content/software-date';
import { DEFAULT_DEPLOYMENT } from '../../../src/lib/model/deployment';
import { register2026 } from '../../../src/lib/catalog/register-2026';
import { loadMessages } from '../../../src/lib/i18n';
import '../../../src/lib/i18n/inference-messages';
import { i18nIn } from '../../fixtures/i18n';

/**
 * The software table cannot drift from its evidence: every value equals what the fit computes
 * from its named rows (content/software-fit.ts), and every fit row is a measured case whose
 * system is of that family. Takes a few seconds (bisection over the fit rows).
 */
const fitted = fitSoftwareTable();

describe('software table (issue 12 item 7)', () => {
	it('holds, for every family, the value the fit computes from its rows (or the prior)', () => {
		for (const family of CHIP_FAMILIES) {
			expect(SOFTWARE_FRACTIONS[family].fraction, family).toBe(fitted[family]);
		}
	});

	it('fits each value on rows of its own family, and states how', () => {
		for (const family of CHIP_FAMILIES) {
			const entry = SOFTWARE_FRACTIONS[family];
			expect(entry.basis === 'fitted', family).toBe(entry.fitRows.length > 0);
			expect(entry.note.length, family).toBeGreaterThan(20);
			expect(entry.asOf, family).toMatch(/^\d{4}-\d{2}/);
			if (entry.basis === 'assumption')
				expect(entry.fraction, family).toBe(SOFTWARE_FRACTION_PRIOR);
			for (const id of entry.fitRows) {
				const c = MEASURED_CASES.find((m) => m.id === id);
				expect(c, id).toBeDefined();
				expect(chipFamilyOf({ presetId: c!.system.presetId }), id).toBe(family);
				expect(c!.precision.compute, id).toBe(entry.measuredAt);
				expect(fittedFamilyOf(id), id).toBe(family);
			}
		}
	});

	it('leaves rows held out: LMSYS, MLPerf GB300, CloudMatrix-Infer and InferenceX rows', () => {
		const heldOut = MEASURED_CASES.filter((c) => fittedFamilyOf(c.id) === null).map((c) => c.id);
		expect(heldOut.filter((id) => id.startsWith('lmsys-'))).toHaveLength(4);
		expect(heldOut.filter((id) => id.startsWith('mlperf-v6.0-'))).toHaveLength(6);
		// GB300 NVL72's v5.1 Llama 3.1 405B rows, offline and server (calibration.md case 9).
		expect(heldOut.filter((id) => /^mlperf-v5\.1-.*gb300/.test(id))).toHaveLength(2);
		expect(heldOut.filter((id) => id.startsWith('cm384-'))).toHaveLength(6);
		// InferenceX's Blackwell DeepSeek-R1 rows test the fitted Blackwell value; none sets it.
		expect(heldOut.filter((id) => id.startsWith('inferencex-dsr1-'))).toHaveLength(9);
		expect(heldOut).toHaveLength(27);
	});

	it('brackets the fitted Blackwell value: the median log ratio changes sign across it', () => {
		const cases = SOFTWARE_FRACTIONS.blackwell.fitRows.map((id) =>
			MEASURED_CASES.find((c) => c.id === id)!
		);
		const value = SOFTWARE_FRACTIONS.blackwell.fraction;
		expect(medianLogRatio(cases, value - 0.01)).toBeLessThan(0);
		expect(medianLogRatio(cases, value + 0.01)).toBeGreaterThan(0);
	});

	it('takes the family from the catalog, never from the name', () => {
		for (const preset of SYSTEM_PRESETS) {
			const spec = { ...specFromPreset(preset), name: 'renamed' };
			expect(chipFamilyOf(spec), preset.id).toBe(preset.chipFamily);
		}
		expect(chipFamilyOf({ presetId: null })).toBe('other');
	});

	it('names each system’s fraction and its date for the line next to the results', () => {
		const gb200 = specFromPresetId('gb200-nvl72')!;
		expect(systemSoftware(gb200)).toMatchObject({
			fraction: SOFTWARE_FRACTIONS.blackwell.fraction,
			basis: 'fitted',
			asOf: '2025-09'
		});
		const own = { ...gb200, deployment: { ...DEFAULT_DEPLOYMENT, softwareFraction: 0.7 } };
		expect(systemSoftware(own)).toMatchObject({ fraction: 0.7, basis: 'own' });
		expect(systemSoftware(specFromPresetId('cloudmatrix-384')!)).toMatchObject({
			fraction: SOFTWARE_FRACTION_PRIOR,
			basis: 'assumption'
		});
	});
});

describe('Rubin’s software line (model version 12)', () => {
	it('says Vera Rubin takes Blackwell’s fitted value, an assumption, in both languages', async () => {
		register2026(); // Vera Rubin loads lazily
		await loadMessages('zh');
		const vr = systemSoftware(specFromPresetId('vr-nvl72')!);
		expect(vr).toMatchObject({ fraction: 0.58, basis: 'carried', stack: 'CUDA, TensorRT-LLM' });
		const params = { name: vr.name, value: '0.58', stack: vr.stack, date: vr.asOf };
		expect(i18nIn('en').t('efficiency.software.carried', params)).toBe(
			`Vera Rubin NVL72: software fraction 0.58, an assumption: no serving fit for this chip, so the value fitted for the same CUDA, TensorRT-LLM stack on its predecessor (table of ${vr.asOf}).`
		);
		expect(i18nIn('zh').t('efficiency.software.carried', params)).toMatch(
			/^Vera Rubin NVL72：软件效率系数 0\.58，为假设：该芯片没有推理服务拟合值，故沿用其上一代/
		);
	});
});
