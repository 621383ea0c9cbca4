import { beforeAll, describe, expect, it } from 'vitest';
import { register2026 } from '../../../../src/lib/catalog/register-2026';
import { decodeScenario } from '../../../../src/lib/share/codec';
import { assumedFigures } from '../../../../src/lib/ui/summary/assumed';

const systemsOf = (query: string) => decodeScenario(query).scenario.systems;

describe('the figures a summary sentence marks as assumed', () => {
	beforeAll(() => register2026());

	it('are a preset’s figures labelled assumptions: Helios’s power is Rubin’s, by assumption', () => {
		const [rubin, helios, atlas] = systemsOf('v=1&a=vr-nvl72&b=helios&c=atlas-950-superpod');
		// Both powers are 2,300 W × 1.678 (neither MI455X nor the rack power is published); every
		// fat tree is taken as non-blocking. Hop latencies are not listed: no model reads a preset's.
		// Software: Rubin takes Blackwell's fit, Helios the prior for unmeasured platforms.
		expect(assumedFigures(helios!)).toEqual([
			'allInPowerPerChipW',
			'oversubscription',
			'software:prior'
		]);
		expect(assumedFigures(rubin!)).toEqual([
			'allInPowerPerChipW',
			'oversubscription',
			'software:carried:blackwell'
		]);
		// The Atlas 950: a bidirectional reading of 2 TB/s, Ascend's scale-out, CloudMatrix's
		// power per NPU.
		expect(assumedFigures(atlas!)).toEqual([
			'scaleUpBytesPerS',
			'scaleOutBytesPerS',
			'allInPowerPerChipW',
			'oversubscription',
			'software:prior'
		]);
	});

	it('leave out what is published or fitted, and what the reader set', () => {
		const [gb200] = systemsOf('v=1&a=gb200-nvl72');
		// Blackwell's software fraction is fitted on Blackwell results; its figures are cited.
		expect(assumedFigures(gb200!)).toEqual(['oversubscription']);
		// An edited power and a software fraction set in the link are the reader's, not assumed.
		const [helios] = systemsOf('v=1&a=helios&a.allin_w=4000&a.sw=0.6');
		expect(assumedFigures(helios!)).toEqual(['oversubscription']);
		// A custom system's figures are the reader's; its software fraction is the prior unless set.
		expect(assumedFigures({ ...gb200!, presetId: null })).toEqual(['software:prior']);
		const [custom] = systemsOf('v=1&a=custom&a.sw=0.5');
		expect(assumedFigures(custom!)).toEqual([]);
	});
});
