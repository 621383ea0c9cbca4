import { describe, expect, it } from 'vitest';
import { chipsText, gigabytesText } from '../../../src/lib/model/prose';
import { decodeScenario } from '../../../src/lib/share/codec';
import { trainingJobs } from '../../../src/lib/model/operations';
import { estimateTraining } from '../../../src/lib/model/training/estimate';

describe('the model’s English notes', () => {
	it('count one chip as one', () => {
		expect(chipsText(1)).toBe('1 chip');
		expect(chipsText(72)).toBe('72 chips');
	});

	it('give bytes in GB to three significant figures, no trailing zeros', () => {
		expect(gigabytesText(80e9)).toBe('80 GB');
		expect(gigabytesText(95_349_000_000)).toBe('95.3 GB');
		expect(gigabytesText(263_640_000_000)).toBe('264 GB');
	});

	it('say "1 chip" where one chip cannot hold the model (the CLI prints these)', () => {
		// One B200 (186 GB) holds no layout of DeepSeek-R1's training state.
		const { scenario } = decodeScenario('v=1&a=gb200-nvl72&a.chips=1');
		const [job] = trainingJobs(scenario);
		const result = estimateTraining(job!.system, job!.settings);
		expect(result.kind).toBe('unavailable');
		const note = result.kind === 'unavailable' ? result.note : '';
		expect(note).toMatch(/tried on 1 chip fits in HBM: join more systems or use a smaller model/);
	});
});
