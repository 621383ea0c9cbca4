import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_SYSTEM_PRESETS } from '../../../src/lib/catalog/all-systems';
import type { ScaleUpKind, Topology } from '../../../src/lib/model/fabric';
import { specFromPreset } from '../../../src/lib/model/scenario';
import {
	COLLECTIVES,
	collectiveCost,
	subTorus,
	type TorusSlice
} from '../../../src/lib/model/topology';
import { topologyOf } from '../../../src/lib/model/topology-of';
import { specFromPresetId } from '../../../src/lib/model/scenario';

const GB = 1e9;
const US = 1e-6;

function topology(
	scaleUp: Partial<Topology['scaleUp']> & Pick<Topology['scaleUp'], 'kind' | 'domainChips'>,
	scaleOut: Partial<Topology['scaleOut']> = {}
): Topology {
	return {
		scaleUp: { linksPerChip: null, bytesPerSPerChip: 900 * GB, hopLatencyS: 1 * US, ...scaleUp },
		scaleOut: {
			kind: 'fat-tree',
			bytesPerSPerChip: 50 * GB,
			oversubscription: 1,
			hopLatencyS: 2 * US,
			...scaleOut
		}
	};
}

/** Agree to 1%. */
const near = (actual: number, expected: number) =>
	expect(Math.abs(actual / expected - 1)).toBeLessThan(0.01);

describe('collectives on a switch (NVL72: 72 GPUs, 900 GB/s per direction, 1 µs a hop)', () => {
	const nvl72 = topology({ kind: 'switched', domainChips: 72, inSwitchReduction: true });

	it('all-reduces 1 GB in the switch (NVLS): S/B + 2α = 1.111 ms + 2 µs', () => {
		const cost = collectiveCost(nvl72, 'all-reduce', 72, 1 * GB);
		near(cost.timeS, 1e9 / 900e9 + 2 * US); // 1.1131 ms
		expect(cost.binding).toBe('in-switch');
	});

	it('without in-switch reduction, a tree beats the ring on latency: 2S/B + 2⌈log2 72⌉α', () => {
		const plain = topology({ kind: 'switched', domainChips: 72, inSwitchReduction: false });
		const cost = collectiveCost(plain, 'all-reduce', 72, 1 * GB);
		// ring: 2 × 71/72 × 1.111 ms + 142 µs = 2.333 ms; tree: 2.222 ms + 14 µs = 2.236 ms
		near(cost.timeS, 2 / 900 + 14 * US);
		expect(cost.binding).toBe('tree');
	});

	it('all-gathers 1 GB by ring: 71/72 × S/B + 71α = 1.167 ms', () => {
		near(collectiveCost(nvl72, 'all-gather', 72, 1 * GB).timeS, (71 / 72) * (1 / 900) + 71 * US);
	});
});

describe('collectives on an 8-GPU full mesh (MI355X: 538 GB/s over 7 links)', () => {
	const mesh = topology({
		kind: 'full-mesh',
		domainChips: 8,
		linksPerChip: 7,
		bytesPerSPerChip: 538 * GB
	});

	it('reaches one peer at 1/7 of the per-GPU bandwidth: S/(B/7) + α', () => {
		// 1 GB ÷ 76.86 GB/s = 13.01 ms, 7× a switch of the same per-GPU bandwidth
		near(collectiveCost(mesh, 'point-to-point', 2, 1 * GB).timeS, 1e9 / (538e9 / 7) + 1 * US);
		const sameBandwidthSwitch = topology({
			kind: 'switched',
			domainChips: 8,
			bytesPerSPerChip: 538 * GB
		});
		const ratio =
			collectiveCost(mesh, 'point-to-point', 2, 1 * GB).timeS /
			collectiveCost(sameBandwidthSwitch, 'point-to-point', 2, 1 * GB).timeS;
		near(ratio, 7);
	});

	it('all-to-all over all 8 uses every link at once: (S/8)/(B/7) + α = 7/8 × S/B', () => {
		near(collectiveCost(mesh, 'all-to-all', 8, 1 * GB).timeS, (7 / 8) * (1e9 / 538e9) + 1 * US);
	});

	it('a 4-GPU group uses only 3 of the 7 links: all-gather (S/4)/(B/7) + α', () => {
		near(collectiveCost(mesh, 'all-gather', 4, 1 * GB).timeS, 0.25e9 / (538e9 / 7) + 1 * US);
	});
});

describe('collectives on a 3D torus (Trn2 UltraServer: 4x4x4, 640 GB/s over 6 links)', () => {
	const torus = topology(
		{
			kind: 'torus',
			domainChips: 64,
			dims: [4, 4, 4],
			wraparound: true,
			linksPerChip: 6,
			bytesPerSPerChip: 640 * GB
		},
		// NICs set aside (1 MB/s) to isolate the torus: with Trn2's 25 GB/s EFA the model sends part of
		// the all-to-all through them and does better than the torus alone (next test).
		{ bytesPerSPerChip: 1e6 }
	);
	const link = 640e9 / 6;

	it('all-to-all is limited by bisection: G·S/4 ÷ (2 × 16 links × b) = S·4/(8b) = 4.69 ms', () => {
		const cost = collectiveCost(torus, 'all-to-all', 64, 1 * GB);
		// injection alone would be 63/64 × 1 GB ÷ 640 GB/s = 1.54 ms; 6 hops of 1 µs
		near(cost.timeS, (64 * 1e9) / 4 / (2 * 16 * link) + 6 * US);
		expect(cost.binding).toBe('bisection');
	});

	it('offloads part of the all-to-all to 25 GB/s NICs, never doing worse than the torus alone', () => {
		const withNics = { ...torus, scaleOut: { ...torus.scaleOut, bytesPerSPerChip: 25 * GB } };
		const cost = collectiveCost(withNics, 'all-to-all', 64, 1 * GB);
		expect(cost.timeS).toBeLessThan(collectiveCost(torus, 'all-to-all', 64, 1 * GB).timeS);
		expect(cost.chipsPerDomain).toBeLessThan(64);
	});

	it('all-reduce runs rings along all three dimensions: 2 × (63/64 × S/B + 9α)', () => {
		near(
			collectiveCost(torus, 'all-reduce', 64, 1 * GB).timeS,
			2 * ((63 / 64) * (1e9 / 640e9) + 9 * US)
		);
	});

	it('a 4-chip group on one axis gets only that axis’s 2 links', () => {
		expect(subTorus({ dims: [4, 4, 4], domainChips: 64 }, 4).map((d) => d.size)).toEqual([4, 1, 1]);
		near(
			collectiveCost(torus, 'all-gather', 4, 1 * GB).timeS,
			(3 / 4) * (1e9 / (2 * link)) + 3 * US
		);
	});
});

describe('a torus of OCS-joined 4x4x4 cubes (TPU7x pod: 16x24x24)', () => {
	const words = (slices: TorusSlice[]) => slices.map((d) => `${d.size}${d.wrap ? 'w' : ''}`);
	const shape = (dims: number[], chips: number) =>
		words(subTorus({ dims, domainChips: dims.reduce((a, b) => a * b, 1), cube: [4, 4, 4] }, chips));

	it('a group of whole cubes is a compact slice with every ring closed, as Google’s docs say', () => {
		expect(shape([16, 24, 24], 64)).toEqual(['4w', '4w', '4w']);
		// 2 cubes: 4x4x8; 8 cubes: 8x8x8, not the 16x4x8 slab the pod's own dims would give
		expect(shape([16, 24, 24], 128)).toEqual(['4w', '4w', '8w']);
		expect(shape([16, 24, 24], 512)).toEqual(['8w', '8w', '8w']);
		// 7 cubes sit in a 2x2x2-cube box (longest side 2 cubes), not in a 1x1x7 line
		expect(shape([16, 24, 24], 448)).toEqual(['8w', '8w', '8w']);
		expect(shape([16, 24, 24], 9216)).toEqual(['16w', '24w', '24w']);
	});

	it('never takes more cubes than the domain holds: v5p’s 96 cubes are 16x16x24, not 20x20x16', () => {
		expect(shape([16, 16, 24], 6144)).toEqual(['16w', '16w', '24w']);
	});

	it('a group smaller than a cube fills part of one cube', () => {
		expect(shape([16, 24, 24], 32)).toEqual(['4w', '4w', '2']);
		expect(shape([16, 24, 24], 4)).toEqual(['4w', '1', '1']);
	});

	it('rebuilds a resized pod as its switches would, never larger than the domain', () => {
		const pod = specFromPresetId('tpu7x-pod')!;
		const resized = (chips: number) =>
			topologyOf({ ...pod, chips, scaleUpDomainChips: chips }).scaleUp;
		// whole cubes: the most compact box (2 cubes: 4x4x8; 8 cubes: 8x8x8), rings closed
		expect(resized(128).dims).toEqual([4, 4, 8]);
		expect(resized(512).dims).toEqual([8, 8, 8]);
		expect(words(subTorus(resized(128), 128))).toEqual(['4w', '4w', '8w']);
		// less than a cube: part of one, a mesh (Google: smaller slices have no wraparound)
		const half = resized(32);
		expect(half.dims).toEqual([4, 4, 2]);
		expect(half.wraparound).toBe(false);
		expect(words(subTorus(half, 32))).toEqual(['2', '4', '4']);
		expect(words(subTorus(half, 16))).toEqual(['2', '4', '2']);
		// 96 chips hold one whole cube, not two: a 96-chip group is not a closed 4x4x8 slice
		const odd = resized(96);
		for (const d of subTorus(odd, 96)) expect(d.size).toBeLessThanOrEqual(Math.max(...odd.dims!));
		expect(subTorus(odd, 96).reduce((n, d) => n * d.size, 1)).toBeLessThan(128);
	});

	it('a 64-chip all-to-all on the pod costs what it costs on one cube', () => {
		const fabric = (dims: number[]) =>
			topology(
				{
					kind: 'torus',
					domainChips: dims.reduce((a, b) => a * b, 1),
					dims,
					cube: [4, 4, 4],
					wraparound: true,
					linksPerChip: 6,
					bytesPerSPerChip: 600 * GB
				},
				{ bytesPerSPerChip: 1e6 }
			);
		const link = 600e9 / 6;
		const pod = collectiveCost(fabric([16, 24, 24]), 'all-to-all', 64, 1 * GB);
		// bisection of a closed 4x4x4: 64 × 1 GB ÷ 4 ÷ (2 × 16 links × 100 GB/s) = 5 ms, + 6 hops
		near(pod.timeS, (64 * 1e9) / 4 / (2 * 16 * link) + 6 * US);
		near(pod.timeS, collectiveCost(fabric([4, 4, 4]), 'all-to-all', 64, 1 * GB).timeS);
	});
});

describe('collectives across domains on an oversubscribed fat tree', () => {
	// 16 HGX H100 boards: 8 GPUs per NVSwitch domain, 400 Gb/s per GPU, 2:1 oversubscribed
	const cluster = topology(
		{ kind: 'switched', domainChips: 8, bytesPerSPerChip: 450 * GB, inSwitchReduction: true },
		{ bytesPerSPerChip: 50 * GB, oversubscription: 2 }
	);

	it('all-reduces 1 GB over 128 GPUs hierarchically: RS in the board, AR of S/8 across 16, AG', () => {
		const rs = (7 / 8) * (1e9 / 450e9) + 7 * US; // 1.951 ms
		const across = 2 * ((15 / 16) * (0.125e9 / 25e9) + 15 * 2 * US); // 9.435 ms at 25 GB/s
		const cost = collectiveCost(cluster, 'all-reduce', 128, 1 * GB);
		near(cost.timeS, rs + across + rs); // 13.34 ms
		expect(cost).toMatchObject({ chipsPerDomain: 8, domains: 16, binding: 'scale-out' });
	});

	it('all-to-all sends 120/128 of its bytes through the oversubscribed tier', () => {
		near(
			collectiveCost(cluster, 'all-to-all', 128, 1 * GB).timeS,
			((120 / 128) * 1e9) / 25e9 + 2 * US
		);
	});
});

const kinds: ScaleUpKind[] = ['switched', 'full-mesh', 'torus', 'optical-mesh'];
const arbitraryTopology = fc
	.record({
		kind: fc.constantFrom(...kinds),
		domainChips: fc.integer({ min: 1, max: 512 }),
		linkBytesPerS: fc.double({ min: 1e9, max: 1e12, noNaN: true }),
		inSwitchReduction: fc.boolean(),
		outBytesPerS: fc.double({ min: 1e9, max: 1e12, noNaN: true }),
		oversubscription: fc.double({ min: 1, max: 8, noNaN: true }),
		hopS: fc.double({ min: 1e-7, max: 1e-5, noNaN: true })
	})
	.map((t): Topology => {
		const dims = t.kind === 'torus' ? [t.domainChips] : undefined;
		const links =
			t.kind === 'full-mesh' ? Math.max(1, t.domainChips - 1) : t.kind === 'torus' ? 2 : 18;
		return {
			scaleUp: {
				kind: t.kind,
				domainChips: t.domainChips,
				linksPerChip: links,
				bytesPerSPerChip: links * t.linkBytesPerS,
				inSwitchReduction: t.inSwitchReduction,
				hopLatencyS: t.hopS,
				...(dims && { dims, wraparound: true })
			},
			scaleOut: {
				kind: 'fat-tree',
				bytesPerSPerChip: t.outBytesPerS,
				oversubscription: t.oversubscription,
				hopLatencyS: t.hopS
			}
		};
	});
const op = fc.constantFrom(...COLLECTIVES);
const group = fc.integer({ min: 1, max: 2048 });
const bytes = fc.double({ min: 1, max: 1e11, noNaN: true });

describe('collective properties', () => {
	it('more bandwidth (up or out) or less oversubscription is never slower', () => {
		fc.assert(
			fc.property(
				arbitraryTopology,
				op,
				group,
				bytes,
				fc.double({ min: 1, max: 10, noNaN: true }),
				(t, o, g, s, k) => {
					const base = collectiveCost(t, o, g, s).timeS;
					const faster: Topology[] = [
						{ ...t, scaleUp: { ...t.scaleUp, bytesPerSPerChip: t.scaleUp.bytesPerSPerChip * k } },
						{
							...t,
							scaleOut: { ...t.scaleOut, bytesPerSPerChip: t.scaleOut.bytesPerSPerChip * k }
						},
						{
							...t,
							scaleOut: {
								...t.scaleOut,
								oversubscription: Math.max(1, t.scaleOut.oversubscription / k)
							}
						}
					];
					for (const f of faster)
						expect(collectiveCost(f, o, g, s).timeS).toBeLessThanOrEqual(base * (1 + 1e-12));
					expect(Number.isFinite(base) && base >= 0).toBe(true);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('a larger domain (same links) is never slower on switched, full-mesh and optical fabrics', () => {
		fc.assert(
			fc.property(
				arbitraryTopology.filter((t) => t.scaleUp.kind !== 'torus'),
				op,
				group,
				bytes,
				fc.integer({ min: 1, max: 512 }),
				(t, o, g, s, extra) => {
					const base = collectiveCost(t, o, g, s).timeS;
					const d = t.scaleUp.domainChips + extra;
					const links = t.scaleUp.linksPerChip!;
					// A full mesh keeps its link speed: one more peer is one more link.
					const perChip =
						t.scaleUp.kind === 'full-mesh'
							? (t.scaleUp.bytesPerSPerChip / links) * Math.max(1, d - 1)
							: t.scaleUp.bytesPerSPerChip;
					const larger: Topology = {
						...t,
						scaleUp: { ...t.scaleUp, domainChips: d, bytesPerSPerChip: perChip }
					};
					expect(collectiveCost(larger, o, g, s).timeS).toBeLessThanOrEqual(base * (1 + 1e-12));
				}
			),
			{ numRuns: 300 }
		);
	});
});

describe('topologyOf', () => {
	it('gives every preset a topology whose numbers are the spec’s', () => {
		for (const preset of ALL_SYSTEM_PRESETS) {
			const spec = specFromPreset(preset);
			const t = topologyOf(spec);
			expect(t.scaleUp.kind).toBe(preset.topology.scaleUp.kind);
			expect(t.scaleUp.domainChips).toBe(Math.min(spec.scaleUpDomainChips, spec.chips));
			expect(t.scaleUp.bytesPerSPerChip).toBe(spec.scaleUpBytesPerS);
			expect(t.scaleOut.bytesPerSPerChip).toBe(spec.scaleOutBytesPerS);
			for (const op of COLLECTIVES) {
				const cost = collectiveCost(t, op, Math.min(spec.chips, 256), 1e8);
				expect(Number.isFinite(cost.timeS), `${preset.id} ${op}`).toBe(true);
			}
		}
	});

	it('falls back to one switch tier for a custom system', () => {
		const spec = { ...specFromPreset(ALL_SYSTEM_PRESETS[0]!), presetId: null };
		expect(topologyOf(spec).scaleUp.kind).toBe('switched');
	});
});
