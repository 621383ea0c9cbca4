import { SYSTEM_PRESETS, type PresetStatus } from './systems';

/** What the picker needs to list a preset before its data is loaded. */
export interface PresetIndexEntry {
	id: string;
	name: string;
	vendor: string;
	status: PresetStatus;
}

/**
 * The 2026 presets (systems-2026.ts), listed without their data so the first visit stays small.
 * tests/unit/catalog/systems-2026.test.ts keeps it equal to the data.
 */
export const LAZY_PRESET_INDEX: readonly PresetIndexEntry[] = [
	{ id: 'hgx-h800', name: 'HGX H800 (8 GPU)', vendor: 'NVIDIA', status: 'shipping' },
	{ id: 'hgx-b300', name: 'HGX B300 (8 GPU)', vendor: 'NVIDIA', status: 'shipping' },
	{ id: 'vr-nvl72', name: 'Vera Rubin NVL72', vendor: 'NVIDIA', status: 'announced' },
	{ id: 'kyber-nvl144', name: 'Rubin Ultra Kyber NVL144', vendor: 'NVIDIA', status: 'roadmap' },
	{ id: 'atlas-950-superpod', name: 'Atlas 950 SuperPoD', vendor: 'Huawei', status: 'announced' },
	{ id: 'atlas-960-superpod', name: 'Atlas 960 SuperPoD', vendor: 'Huawei', status: 'roadmap' },
	{ id: 'atlas-350', name: 'Atlas 350 card', vendor: 'Huawei', status: 'shipping' },
	{ id: 'tpu7x-cube-64', name: 'TPU7x cube (64)', vendor: 'Google', status: 'shipping' },
	{ id: 'tpu7x-pod', name: 'TPU7x pod (9,216)', vendor: 'Google', status: 'shipping' },
	{ id: 'tpu-v6e-256', name: 'TPU v6e pod (256)', vendor: 'Google', status: 'shipping' },
	{ id: 'tpu-v5p-6144', name: 'TPU v5p slice (6,144)', vendor: 'Google', status: 'shipping' },
	{ id: 'mi355x-8', name: 'MI355X (8 GPU)', vendor: 'AMD', status: 'shipping' },
	{ id: 'helios', name: 'AMD Helios (72 GPU)', vendor: 'AMD', status: 'announced' },
	{ id: 'trn2-ultraserver', name: 'Trn2 UltraServer (64)', vendor: 'AWS', status: 'shipping' },
	{ id: 'trn3-ultraserver-64', name: 'Trn3 UltraServer (64)', vendor: 'AWS', status: 'shipping' },
	{ id: 'trn3-ultraserver-144', name: 'Trn3 UltraServer (144)', vendor: 'AWS', status: 'shipping' }
];

const LAZY_IDS = new Set(LAZY_PRESET_INDEX.map((entry) => entry.id));

/** Every preset the picker offers: the first-visit ones, then the lazily loaded ones. */
export function presetIndex(): PresetIndexEntry[] {
	const eager = SYSTEM_PRESETS.filter((p) => !LAZY_IDS.has(p.id)).map(
		({ id, name, vendor, status }) => ({ id, name, vendor, status })
	);
	return [...eager, ...LAZY_PRESET_INDEX];
}

export const isLazyPreset = (id: string): boolean => LAZY_IDS.has(id);

/**
 * Vendors with no citable figures (specs-2026.md): the picker offers a custom system named for
 * them, never a preset. The reader enters every figure.
 */
export const CUSTOM_CHIP_VENDORS = ['Cambricon', 'Hygon'] as const;
