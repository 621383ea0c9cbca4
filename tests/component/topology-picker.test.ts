import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import Harness from './Harness.svelte';
import PresetPicker from '../../src/lib/ui/compare/PresetPicker.svelte';
import TopologySchematic from '../../src/lib/ui/compare/TopologySchematic.svelte';
import { LAZY_PRESET_INDEX } from '../../src/lib/catalog/preset-index';
import { SYSTEM_PRESETS, findSystemPreset } from '../../src/lib/catalog/systems';
import type { Topology } from '../../src/lib/model/fabric';

function renderPicker(onpreset = vi.fn(), onrename = vi.fn()) {
	render(Harness, {
		props: {
			component: PresetPicker,
			props: { slot: 'a', value: 'gb200-nvl72', onpreset, onrename }
		}
	});
	return { onpreset, onrename, select: screen.getByRole('combobox') as HTMLSelectElement };
}

describe('the preset picker (issue 13)', () => {
	it('lists every preset, grouped by vendor and status, before the 2026 data loads', () => {
		const { select } = renderPicker();
		const options = [...select.querySelectorAll('option')].map((o) => o.value);
		for (const id of [...SYSTEM_PRESETS.map((p) => p.id), ...LAZY_PRESET_INDEX.map((e) => e.id)])
			expect(options).toContain(id);
		const groups = [...select.querySelectorAll('optgroup')].map((g) => g.label);
		expect(groups).toContain('NVIDIA · roadmap');
		expect(groups).toContain('Huawei · announced');
		expect(findSystemPreset('tpu7x-pod')).toBeUndefined();
	});

	it('narrows the list by text, keeping the chosen preset listed', async () => {
		const { select } = renderPicker();
		await fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'trn' } });
		const ids = [...select.querySelectorAll('optgroup:not(:last-child) option')].map((o) =>
			o.getAttribute('value')
		);
		expect(ids).toEqual([
			'gb200-nvl72',
			'trn2-ultraserver',
			'trn3-ultraserver-64',
			'trn3-ultraserver-144'
		]);
	});

	it('loads a 2026 preset’s data before switching the slot to it', async () => {
		const { select, onpreset } = renderPicker();
		await fireEvent.change(select, { target: { value: 'helios' } });
		await waitFor(() => expect(onpreset).toHaveBeenCalledWith('helios'));
		expect(findSystemPreset('helios')?.vendor).toBe('AMD');
	});

	it('offers Cambricon and Hygon only as custom systems with the reader’s own figures', async () => {
		const { select, onpreset, onrename } = renderPicker();
		const custom = within(select).getByRole('group', { name: 'Custom' });
		expect(within(custom).getByText('Cambricon: no cited figures, enter your own')).toBeTruthy();
		await fireEvent.change(select, { target: { value: 'custom-chip:Hygon' } });
		expect(onpreset).toHaveBeenCalledWith('custom');
		// It starts from the slot's figures, a preset's here: the name says whose (helper-124: the
		// summary stated CloudMatrix 384's figures as "Cambricon (your figures)").
		expect(onrename).toHaveBeenCalledWith('Hygon, from GB200 NVL72’s figures');
	});

	it('names a custom vendor system for the reader’s figures when the slot already holds theirs', async () => {
		const onrename = vi.fn();
		render(Harness, {
			props: {
				component: PresetPicker,
				locale: 'zh',
				props: { slot: 'a', value: 'custom', onpreset: vi.fn(), onrename }
			}
		});
		const select = screen.getByRole('combobox') as HTMLSelectElement;
		await fireEvent.change(select, { target: { value: 'custom-chip:Cambricon' } });
		// In the reader's language: "Cambricon（自填数据）" mixed the two.
		expect(onrename).toHaveBeenCalledWith('寒武纪（自填数据）');
	});

	it('names Chinese vendors by their Chinese names in Chinese, and finds them by those names', async () => {
		render(Harness, {
			props: {
				component: PresetPicker,
				locale: 'zh',
				props: { slot: 'a', value: 'gb200-nvl72', onpreset: vi.fn(), onrename: vi.fn() }
			}
		});
		const select = screen.getByRole('combobox') as HTMLSelectElement;
		const groups = [...select.querySelectorAll('optgroup')].map((g) => g.label);
		expect(groups.some((label) => label.startsWith('华为 · '))).toBe(true);
		expect(groups.some((label) => label.startsWith('Huawei'))).toBe(false);
		expect(groups.some((label) => label.startsWith('NVIDIA · '))).toBe(true);
		expect(within(select).getByText('寒武纪：无可引用数据，请自行填写')).toBeTruthy();
		await fireEvent.input(screen.getByRole('searchbox'), { target: { value: '华为' } });
		const ids = [...select.querySelectorAll('optgroup:not(:last-child) option')].map((o) =>
			o.getAttribute('value')
		);
		expect(ids).toContain('cloudmatrix-384');
		expect(
			ids.every((id) => id === 'gb200-nvl72' || findSystemPreset(id!)?.vendor !== 'NVIDIA')
		).toBe(true);
	});
});

const torus: Topology = {
	scaleUp: {
		kind: 'torus',
		domainChips: 64,
		dims: [4, 4, 4],
		wraparound: true,
		linksPerChip: 6,
		bytesPerSPerChip: 600e9,
		hopLatencyS: 1e-6
	},
	scaleOut: { kind: 'ocs', bytesPerSPerChip: 150e9, oversubscription: 1, hopLatencyS: 1e-6 }
};

describe('the topology schematic', () => {
	it('draws the fabric from the data, with its numbers', () => {
		render(Harness, {
			props: { component: TopologySchematic, props: { name: 'TPU7x cube', topology: torus } }
		});
		expect(screen.getByRole('img', { name: 'TPU7x cube: 4×4×4 torus' })).toBeTruthy();
		expect(screen.getByText('Scale-up: 4×4×4 torus, 64 chips')).toBeTruthy();
		expect(screen.getByText(/6 links × 100 GB\/s per direction/)).toBeTruthy();
		expect(
			screen.getByText(/Scale-out: optical circuit switches, 150 GB\/s per chip, 1:1/)
		).toBeTruthy();
		// 8 chips drawn for the domain, joined as a grid with wraparound
		expect(document.querySelectorAll('rect.chip')).toHaveLength(8);
		expect(document.querySelectorAll('path.wrap').length).toBeGreaterThan(0);
		// The drawing says it stands for more chips than it shows.
		expect(document.querySelector('svg text.drawn')?.textContent).toBe('8 of 64 chips drawn');
	});

	it('says nothing of drawn chips when it draws them all', () => {
		const board: Topology = {
			...torus,
			scaleUp: { ...torus.scaleUp, kind: 'full-mesh', domainChips: 8, linksPerChip: 7 }
		};
		render(Harness, {
			props: { component: TopologySchematic, props: { name: 'MI300X', topology: board } }
		});
		expect(document.querySelectorAll('rect.chip')).toHaveLength(8);
		expect(document.querySelector('svg text.drawn')).toBeNull();
	});

	it('draws one chip as one chip, without a switch (helper-86: "switched, 1 chip")', () => {
		const card: Topology = {
			...torus,
			scaleUp: { ...torus.scaleUp, kind: 'switched', domainChips: 1, linksPerChip: null }
		};
		render(Harness, {
			props: { component: TopologySchematic, props: { name: 'Atlas 350 card', topology: card } }
		});
		expect(
			screen.getByRole('img', { name: 'Atlas 350 card: one chip, no scale-up fabric' })
		).toBeTruthy();
		expect(screen.getByText('Scale-up: none, one chip')).toBeTruthy();
		expect(document.querySelectorAll('rect.chip')).toHaveLength(1);
		expect(document.querySelector('rect.switch')).toBeNull();
		expect(screen.queryByText(/links per chip not published/)).toBeNull();
	});

	it('names the cubes a pod’s torus is built of, and counts its chips exactly', () => {
		const pod: Topology = {
			...torus,
			scaleUp: { ...torus.scaleUp, domainChips: 9216, dims: [16, 24, 24], cube: [4, 4, 4] }
		};
		render(Harness, {
			props: { component: TopologySchematic, props: { name: 'TPU7x pod', topology: pod } }
		});
		// 9,216 chips, not 9,220 (three significant digits)
		expect(
			screen.getByText(
				'Scale-up: 16×24×24 torus of 4×4×4 cubes joined by optical switches, 9,216 chips'
			)
		).toBeTruthy();
	});

	it('says when the link count is unknown, in Chinese too', () => {
		const switched: Topology = {
			...torus,
			scaleUp: {
				kind: 'switched',
				domainChips: 144,
				linksPerChip: null,
				bytesPerSPerChip: 1.1e12,
				hopLatencyS: 1e-6
			}
		};
		render(Harness, {
			props: {
				component: TopologySchematic,
				props: { name: 'Trn3', topology: switched },
				locale: 'zh'
			}
		});
		expect(screen.getByText(/每芯片链路数未公布/)).toBeTruthy();
		expect(document.querySelectorAll('rect.switch')).toHaveLength(1);
		expect(document.querySelector('svg text.drawn')?.textContent).toBe(
			'图中画出 144 颗芯片中的 8 颗'
		);
	});
});
