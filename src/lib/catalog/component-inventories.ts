import type { ComponentCounts } from '../model/reliability/inventory';
import {
	modelCounts,
	PRESET_COMPONENT_COUNTS,
	SCALE_OUT_TRANSCEIVERS_PER_PORT
} from './components';
import type { Nature } from './figure';
import { RELIABILITY_SOURCES, type ReliabilitySourceId } from './reliability-sources';
import { SOURCES, type Source, type SourceId } from './sources';

/**
 * The cited inventories behind components.ts's counts, for the reliability view's inventory table
 * and the footer's sources list (both loaded later, not on the first visit). Values are read from
 * components.ts; this module adds
 * each count's nature, sources and note.
 * Counts come from shared/data/specs.md (§1, §2, §3, §5.3, §11.3); each is cited, derived (formula
 * in the note) or an assumption (reasoning in the note). Users edit the plain counts.
 */
export type ComponentSourceId = SourceId | ReliabilitySourceId;

/** A cited count (like catalog/figure.ts's Figure, but able to cite reliability-sources.ts). */
export interface CountFigure {
	value: number;
	nature: Nature;
	sources: ComponentSourceId[];
	note?: string;
}

export interface ComponentInventory {
	/** System preset id (catalog/systems.ts). */
	systemId: string;
	accelerators: CountFigure;
	hbmStacks: CountFigure;
	/** Scale-up switch chips (NVSwitch, UB L1 + L2). */
	switchChips: CountFigure;
	/** Scale-up and scale-out optics; the total is their sum. */
	optics: { scaleUp: CountFigure; scaleOut: CountFigure };
	/** Copper cable links outside a board (board traces count with the accelerator). */
	copperLinks: CountFigure;
	hostCpus: CountFigure;
}

function count(
	value: number,
	nature: Nature,
	sources: ComponentSourceId[],
	note?: string
): CountFigure {
	return note === undefined ? { value, nature, sources } : { value, nature, sources, note };
}

/**
 * Scale-out optics: one NIC port per accelerator in every preset. Assumption: a two-tier fabric
 * needs 4 transceivers per port (NIC end, leaf down, leaf up, spine), the ratio of CM384's 1,536
 * scale-out transceivers to its 384 NPUs [S38]. Front-end and storage networks are not counted.
 */
function scaleOutOptics(value: number, nicSources: ComponentSourceId[], nic: string): CountFigure {
	return count(
		value,
		'assumption',
		[...nicSources, 'S38'],
		`${nic} per accelerator; assumption: ${SCALE_OUT_TRANSCEIVERS_PER_PORT} transceivers per port in a two-tier fabric (CM384: 1,536 ÷ 384 = 4).`
	);
}

const noScaleUpOpticsBoard = (value: number) =>
	count(value, 'derived', ['S113'], 'NVLink on board traces, no optics.');
const boardTraces = (value: number) =>
	count(
		value,
		'derived',
		['S113'],
		'NVLink runs over board traces, not cables; Meta’s GPU rate (incl. NVLink) already covers them.'
	);
const dualSocketHost = (value: number) =>
	count(
		value,
		'assumption',
		[],
		'Assumption: a dual-socket x86 host per 8-GPU board; no cited source gives the host.'
	);

const gb200 = PRESET_COMPONENT_COUNTS['gb200-nvl72'];
export const GB200_NVL72_COMPONENTS: ComponentInventory = {
	systemId: 'gb200-nvl72',
	accelerators: count(
		gb200.accelerators,
		'vendor-secondary',
		['S2'],
		'36 GB200 superchips × 2 GPUs.'
	),
	hbmStacks: count(
		gb200.hbmStacks,
		'assumption',
		['S16', 'S11'],
		'72 × 8. Assumption: B200 carries 8 HBM3e stacks (192 GB = 8 × 24 GB), as the B300 package does [S16].'
	),
	switchChips: count(
		gb200.switchChips,
		'vendor-secondary',
		['S4', 'S14'],
		'2 switch chips per tray × 9 trays.'
	),
	optics: {
		scaleUp: count(
			gb200.optics.scaleUp,
			'vendor-secondary',
			['S4', 'S5'],
			'Copper cable cartridges, no optics in the NVLink domain.'
		),
		scaleOut: scaleOutOptics(gb200.optics.scaleOut, ['S11', 'S9'], 'One ConnectX-7 400 Gb/s')
	},
	copperLinks: count(
		gb200.copperLinks,
		'derived',
		['S4', 'S5'],
		'72 GPUs × 18 NVLink links = 1,296 GPU–switch links; carried by >5,000 copper cables.'
	),
	hostCpus: count(gb200.hostCpus, 'vendor-secondary', ['S2'], 'One Grace per superchip.')
};

const gb300 = PRESET_COMPONENT_COUNTS['gb300-nvl72'];
export const GB300_NVL72_COMPONENTS: ComponentInventory = {
	systemId: 'gb300-nvl72',
	accelerators: count(gb300.accelerators, 'vendor-secondary', ['S16', 'S17']),
	hbmStacks: count(gb300.hbmStacks, 'derived', ['S16'], '72 × 8 HBM3e stacks (12-high) per B300.'),
	switchChips: count(
		gb300.switchChips,
		'vendor-secondary',
		['S16'],
		'18 NVLink switch chips, as GB200.'
	),
	optics: {
		scaleUp: count(
			gb300.optics.scaleUp,
			'derived',
			['S1', 'S4'],
			'Same copper NVLink 5 domain as GB200: no optics.'
		),
		scaleOut: scaleOutOptics(gb300.optics.scaleOut, ['S16', 'S17'], 'One ConnectX-8 800 Gb/s')
	},
	copperLinks: count(
		gb300.copperLinks,
		'derived',
		['S1', 'S4'],
		'NVLink 5 as on GB200: 72 × 18 links.'
	),
	hostCpus: count(gb300.hostCpus, 'derived', ['S16'], '2 Grace per 4-GPU board: 72 ÷ 4 × 2.')
};

const h100 = PRESET_COMPONENT_COUNTS['hgx-h100'];
export const HGX_H100_COMPONENTS: ComponentInventory = {
	systemId: 'hgx-h100',
	accelerators: count(h100.accelerators, 'vendor', ['S113']),
	hbmStacks: count(h100.hbmStacks, 'derived', ['S22'], '8 × 5 HBM3 stacks (80 GB).'),
	switchChips: count(h100.switchChips, 'vendor', ['S113'], 'Four third-generation NVSwitch chips.'),
	optics: {
		scaleUp: noScaleUpOpticsBoard(h100.optics.scaleUp),
		scaleOut: scaleOutOptics(h100.optics.scaleOut, ['S27'], 'One ConnectX-7 400 Gb/s')
	},
	copperLinks: boardTraces(h100.copperLinks),
	hostCpus: dualSocketHost(h100.hostCpus)
};

const h200 = PRESET_COMPONENT_COUNTS['hgx-h200'];
export const HGX_H200_COMPONENTS: ComponentInventory = {
	systemId: 'hgx-h200',
	accelerators: count(h200.accelerators, 'measured', ['S26']),
	hbmStacks: count(
		h200.hbmStacks,
		'assumption',
		['S24'],
		'8 × 6. Assumption: 141 GB HBM3e as 6 stacks of 24 GB (144 GB nominal); no cited source gives the stack count.'
	),
	switchChips: count(h200.switchChips, 'vendor', ['S113'], 'Four NVSwitch chips (HGX H100/H200).'),
	optics: {
		scaleUp: noScaleUpOpticsBoard(h200.optics.scaleUp),
		scaleOut: scaleOutOptics(h200.optics.scaleOut, ['S26'], 'One 400 Gb/s port')
	},
	copperLinks: boardTraces(h200.copperLinks),
	hostCpus: dualSocketHost(h200.hostCpus)
};

const h20 = PRESET_COMPONENT_COUNTS['hgx-h20'];
export const HGX_H20_COMPONENTS: ComponentInventory = {
	systemId: 'hgx-h20',
	accelerators: count(h20.accelerators, 'reported', ['S28']),
	hbmStacks: count(
		h20.hbmStacks,
		'assumption',
		['S28'],
		'8 × 6. Assumption: 96 GB HBM3 as 6 stacks of 16 GB (H100’s stack size); not published.'
	),
	switchChips: count(
		h20.switchChips,
		'assumption',
		['S29', 'S113'],
		'Assumption: the HGX H100 board’s 4 NVSwitch chips; H20 keeps NVLink 4 at 900 GB/s.'
	),
	optics: {
		scaleUp: noScaleUpOpticsBoard(h20.optics.scaleUp),
		scaleOut: scaleOutOptics(
			h20.optics.scaleOut,
			['S27'],
			'Assumed one 400 Gb/s port (not published for H20)'
		)
	},
	copperLinks: boardTraces(h20.copperLinks),
	hostCpus: dualSocketHost(h20.hostCpus)
};

const b200 = PRESET_COMPONENT_COUNTS['hgx-b200'];
export const HGX_B200_COMPONENTS: ComponentInventory = {
	systemId: 'hgx-b200',
	accelerators: count(b200.accelerators, 'measured', ['MLPERF50']),
	hbmStacks: count(
		b200.hbmStacks,
		'assumption',
		['S16', 'MLPERF50'],
		'8 × 8. Assumption: each B200 carries 8 HBM3e stacks, as B300 does [S16].'
	),
	switchChips: count(b200.switchChips, 'reported', ['S114'], 'Two NVSwitch chips on HGX B200.'),
	optics: {
		scaleUp: noScaleUpOpticsBoard(b200.optics.scaleUp),
		scaleOut: scaleOutOptics(b200.optics.scaleOut, ['S9'], 'One ConnectX-7 400 Gb/s')
	},
	copperLinks: boardTraces(b200.copperLinks),
	hostCpus: dualSocketHost(b200.hostCpus)
};

/** HGX H800: the HGX H100 board with NVLink cut to 8 links per GPU (2026 preset). */
const h800 = PRESET_COMPONENT_COUNTS['hgx-h800'];
export const HGX_H800_COMPONENTS: ComponentInventory = {
	systemId: 'hgx-h800',
	accelerators: count(
		h800.accelerators,
		'derived',
		['S113'],
		'The HGX board’s 8 GPUs (H800 is the H100 SXM part).'
	),
	hbmStacks: count(
		h800.hbmStacks,
		'assumption',
		['S22'],
		'8 × 5. Assumption: H800 keeps H100’s 80 GB as 5 HBM3 stacks.'
	),
	switchChips: count(
		h800.switchChips,
		'assumption',
		['S113'],
		'Assumption: the HGX H100 board’s 4 NVSwitch chips; H800 uses 8 of each GPU’s 18 NVLinks.'
	),
	optics: {
		scaleUp: noScaleUpOpticsBoard(h800.optics.scaleUp),
		scaleOut: scaleOutOptics(
			h800.optics.scaleOut,
			['S27'],
			'Assumed one ConnectX-7 400 Gb/s (as DGX H100)'
		)
	},
	copperLinks: boardTraces(h800.copperLinks),
	hostCpus: dualSocketHost(h800.hostCpus)
};

/** HGX B300 (2026 preset): 8 B300 GPUs, 8 HBM3e stacks each [S16]. */
const b300 = PRESET_COMPONENT_COUNTS['hgx-b300'];
export const HGX_B300_COMPONENTS: ComponentInventory = {
	systemId: 'hgx-b300',
	accelerators: count(b300.accelerators, 'derived', ['S16'], 'The HGX board’s 8 B300 GPUs.'),
	hbmStacks: count(b300.hbmStacks, 'derived', ['S16'], '8 × 8 HBM3e stacks (12-high) per B300.'),
	switchChips: count(
		b300.switchChips,
		'assumption',
		['S114'],
		'Assumption: HGX B200’s two NVSwitch chips; no count is published for HGX B300.'
	),
	optics: {
		scaleUp: noScaleUpOpticsBoard(b300.optics.scaleUp),
		scaleOut: scaleOutOptics(b300.optics.scaleOut, ['S16', 'S17'], 'One ConnectX-8 800 Gb/s')
	},
	copperLinks: boardTraces(b300.copperLinks),
	hostCpus: dualSocketHost(b300.hostCpus)
};

const cm384 = PRESET_COMPONENT_COUNTS['cloudmatrix-384'];
export const CLOUDMATRIX_384_COMPONENTS: ComponentInventory = {
	systemId: 'cloudmatrix-384',
	accelerators: count(
		cm384.accelerators,
		'vendor-secondary',
		['S41', 'S43', 'S48'],
		'48 nodes × 8 Ascend 910C (two dies each).'
	),
	hbmStacks: count(cm384.hbmStacks, 'derived', ['S40', 'S49'], '384 × 8 HBM2E stacks.'),
	switchChips: count(
		cm384.switchChips,
		'vendor-secondary',
		['S43', 'S44'],
		'336 L1 (7 per node × 48) + 112 L2 (7 sub-planes × 16) UB switch chips.'
	),
	optics: {
		scaleUp: count(
			cm384.optics.scaleUp,
			'derived',
			['S37', 'S38'],
			'14 transceivers per NPU × 384 = 5,376 (400G LPO; some reports say 800G). An alternative count of 5,760 exists [S38].'
		),
		scaleOut: count(
			cm384.optics.scaleOut,
			'analyst',
			['S38', 'S37', 'S46'],
			'Two-tier RDMA fabric; 5,376 + 1,536 = 6,912 in all [S37][S46].'
		)
	},
	copperLinks: count(
		cm384.copperLinks,
		'assumption',
		['S45'],
		'Assumption: 0. Short intra-node UB hops are electrical, but no count is published; 0 under-counts.'
	),
	hostCpus: count(cm384.hostCpus, 'vendor-secondary', ['S41', 'S43', 'S48'], '192 Kunpeng CPUs.')
};

/** Every inventory, in the system picker's order. */
export const COMPONENT_INVENTORIES: readonly ComponentInventory[] = [
	GB200_NVL72_COMPONENTS,
	CLOUDMATRIX_384_COMPONENTS,
	GB300_NVL72_COMPONENTS,
	HGX_H100_COMPONENTS,
	HGX_H200_COMPONENTS,
	HGX_H20_COMPONENTS,
	HGX_B200_COMPONENTS,
	HGX_H800_COMPONENTS,
	HGX_B300_COMPONENTS
];

export function findComponentInventory(systemId: string): ComponentInventory | undefined {
	return COMPONENT_INVENTORIES.find((inventory) => inventory.systemId === systemId);
}

/** The plain counts the reliability model takes (optics summed). */
export function componentCounts(inventory: ComponentInventory): ComponentCounts {
	return modelCounts({
		accelerators: inventory.accelerators.value,
		hbmStacks: inventory.hbmStacks.value,
		switchChips: inventory.switchChips.value,
		optics: { scaleUp: inventory.optics.scaleUp.value, scaleOut: inventory.optics.scaleOut.value },
		copperLinks: inventory.copperLinks.value,
		hostCpus: inventory.hostCpus.value
	});
}

/** Resolve a citation from either source table. */
export function componentSource(id: ComponentSourceId): Source {
	return id in RELIABILITY_SOURCES
		? RELIABILITY_SOURCES[id as ReliabilitySourceId]
		: SOURCES[id as SourceId];
}
