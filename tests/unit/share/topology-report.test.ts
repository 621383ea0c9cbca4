import { describe, expect, it } from 'vitest';
import '../../../src/lib/catalog/all-systems';
import { decodeScenario } from '../../../src/lib/share/codec';
import { evaluate } from '../../../src/lib/model/evaluate';
import { buildReport } from '../../../src/lib/share/report';
import { trainingJobs } from '../../../src/lib/model/operations';
import { estimateTraining } from '../../../src/lib/model/training';

const reportFor = (query: string) => {
	const { scenario, notices } = decodeScenario(query);
	return buildReport(evaluate(scenario), scenario, query, notices);
};

describe('the estimate JSON’s status and topology (issue 13)', () => {
	it('adds status and topology per system, keeping the existing keys first', () => {
		const [gb200, cm384] = reportFor('v=1&a=gb200-nvl72&b=cloudmatrix-384').systems;
		expect(Object.keys(gb200!).slice(0, 3)).toEqual(['name', 'preset', 'chips']);
		expect(gb200!.status).toBe('shipping');
		// 18 NVLink 5 links share 900 GB/s per direction: 50 GB/s each
		expect(gb200!.topology).toEqual({
			scaleUp: { kind: 'switched', domainChips: 72, linksPerChip: 18, linkBytesPerS: 50e9 },
			scaleOut: { kind: 'fat-tree', bytesPerSPerChip: 50e9, oversubscription: 1, hopLatencyS: 2e-6 }
		});
		expect(cm384!.topology.scaleUp).toEqual({
			kind: 'switched',
			domainChips: 384,
			linksPerChip: 14,
			linkBytesPerS: 392e9 / 14
		});
	});

	it('reports a torus’s shape: the pod’s dims and cubes, a cube cut below 64 chips as a mesh', () => {
		const [pod, cut] = reportFor('v=1&a=tpu7x-pod&b=tpu7x-cube-64&b.chips=32').systems;
		expect(pod!.topology.scaleUp).toMatchObject({
			kind: 'torus',
			dims: [16, 24, 24],
			wraparound: true,
			cube: [4, 4, 4]
		});
		// 32 chips: part of one cube, no ring closes (topology-of.ts)
		expect(cut!.topology.scaleUp).toMatchObject({
			domainChips: 32,
			dims: [4, 4, 2],
			wraparound: false
		});
	});

	it('reports a torus, a roadmap system with unknown links, and a custom system', () => {
		const [tpu, kyber, custom] = reportFor('v=1&a=tpu7x-cube-64&b=kyber-nvl144&c=custom').systems;
		expect(tpu!.topology.scaleUp).toMatchObject({
			kind: 'torus',
			domainChips: 64,
			linksPerChip: 6
		});
		expect(tpu!.topology.scaleOut.kind).toBe('ocs');
		expect(tpu!.topology.scaleUp).toMatchObject({
			dims: [4, 4, 4],
			wraparound: true,
			cube: [4, 4, 4]
		});
		expect(kyber!.status).toBe('roadmap');
		expect(kyber!.topology.scaleUp.linksPerChip).toBeNull();
		expect(kyber!.topology.scaleUp.linkBytesPerS).toBeNull();
		expect(custom!.status).toBeNull();
		expect(custom!.topology.scaleUp.kind).toBe('switched');
	});
});

describe('the estimate JSON’s training placement (issue 13)', () => {
	it('says where each parallel group lives, after the layout, keeping the existing keys', () => {
		const query = 'v=1&a=gb200-nvl72&a.joined=4&b=hgx-h100&b.joined=32';
		const { scenario, notices } = decodeScenario(query);
		const training = trainingJobs(scenario).map((job) =>
			estimateTraining(job.system, job.settings)
		);
		const [gb200, h100] = buildReport(
			evaluate(scenario),
			scenario,
			query,
			notices,
			training
		).systems;
		const keys = Object.keys(gb200!.training!);
		expect(keys.slice(keys.indexOf('layout'), keys.indexOf('layout') + 3)).toEqual([
			'layout',
			'placement',
			'stepS'
		]);
		for (const system of [gb200!, h100!]) {
			const { layout, placement } = system.training!;
			// Every group of degree 1 is 'none'; TP always stays inside its domain when searched.
			expect(placement!.tp).toBe(layout!.tp > 1 ? 'scale-up' : 'none');
			expect(placement!.pp === 'none').toBe(layout!.pp === 1);
		}
		// 256 H100s on 8-GPU boards: some group must leave its board.
		expect(Object.values(h100!.training!.placement!)).toContain('scale-out');
	});
});

describe('the estimate JSON’s serving placement (issue 13 item 4)', () => {
	it('adds inference.atTarget.placement after the existing keys, from the at-target layout', () => {
		const [gb200, h100] = reportFor('v=1&a=gb200-nvl72&b=hgx-h100&b.chips=16').systems;
		const at = gb200!.inference.atTarget!;
		const keys = Object.keys(at);
		expect(keys.slice(0, 6)).toEqual([
			'userTokensPerS',
			'chipTokensPerS',
			'batch',
			'layout',
			'mode',
			'bound'
		]);
		// Then the prefill rate energy per input token uses (model version 19), added after it.
		expect(keys.slice(-2)).toEqual(['placement', 'prefillChipTokensPerS']);
		// Each group as placed: degree, tier (1 = none), and within one 72-GPU rack.
		const { tp, ep, pp } = at.layout;
		expect(at.placement.tp).toMatchObject({ chips: tp, tier: tp > 1 ? 'scale-up' : 'none' });
		expect(at.placement.ep).toMatchObject({ chips: ep, domains: Math.ceil(ep / 72) });
		expect(at.placement.pp.chips).toBe(pp);
		// Two 8-GPU boards: any group wider than 8 GPUs, or any pipeline, leaves its board.
		const h = h100!.inference.atTarget;
		if (h) {
			const wide = h.layout.tp > 8 || h.layout.ep > 8 || h.layout.pp > 1;
			const tiers = Object.values(h.placement).map((g) => g.tier);
			expect(tiers.includes('scale-out')).toBe(wide);
		}
	});
});
