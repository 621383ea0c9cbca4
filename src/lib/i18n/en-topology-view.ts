/**
 * The topology schematic's messages (issue 13), and the note on an enterable compute figure: a view
 * catalog, shipped with the views that use them.
 */
export const enTopologyView = {
	'topology.title': 'How the chips are joined',
	'topology.schematic': '{system}: {kind}',
	'topology.kind.switched': 'switched',
	'topology.kind.full-mesh': 'full mesh, no switch',
	'topology.kind.torus': '{dims} torus',
	'topology.kind.mesh': '{dims} mesh, no wraparound',
	'topology.kind.cubeTorus': '{dims} torus of {cube} cubes joined by optical switches',
	'topology.kind.optical-mesh': 'optical mesh',
	'topology.kind.fat-tree': 'fat tree',
	'topology.kind.dcn': 'datacenter network',
	'topology.kind.ocs': 'optical circuit switches',
	'topology.scaleUp': 'Scale-up: {kind}, {chips} {chips:chip|chips}',
	'topology.kind.none': 'one chip, no scale-up fabric',
	'topology.scaleUpNone': 'Scale-up: none, one chip',
	'topology.drawn': '{shown} of {chips} {chips:chip|chips} drawn',
	'topology.links': '{links} {links:link|links} × {perLink} per direction',
	'topology.linksUnknown': 'links per chip not published; {perChip} per chip per direction',
	'topology.nvls': 'reduces inside the switch',
	'topology.scaleOut': 'Scale-out: {kind}, {perChip} per chip, {oversubscription}:1',
	'topology.hop': 'hop {latency}',
	// Where parallel groups live (issue 13 item 4): one vocabulary for training and serving.
	'placement.brief': 'Where',
	'placement.title': 'Where the groups live',
	'placement.scale-up': '{groups} inside one scale-up domain',
	'placement.scale-up.fabric': '{groups} inside one scale-up domain ({fabric})',
	'placement.scale-out': '{groups} across domains, over scale-out',
	'placement.none': 'no parallel groups: one chip',
	'placement.fabric': '{kind}, {chips} {chips:chip|chips}',
	'placement.domains': '{group} ({domains} {domains:domain|domains})',
	'placement.comma': ', ',
	'placement.end': '; ',
	// The fabric factor of a serving collective, in the formula inspector (fabric-share.ts).
	'fabricShare.label':
		'{group} {collective} among {chips} {chips:chip|chips} of one domain: the fabric’s share of a plain switch’s bandwidth (times in S ÷ B); {why}',
	'fabricShare.all-reduce': 'all-reduce',
	'fabricShare.all-to-all': 'all-to-all',
	'fabricShare.why.switch':
		'a switch is the reference: every chip reaches every other at its full bandwidth',
	'fabricShare.why.in-switch':
		'the switch reduces in-network (NVLS): S ÷ B instead of the ring’s 2(G − 1) ÷ G × S ÷ B',
	'fabricShare.why.full-mesh':
		'a full mesh without a switch: {chips} {chips:chip|chips} use {used} of each chip’s {links} {links:link|links}, B ÷ {links} each',
	'fabricShare.why.bisection':
		'a {block} block of the torus: the all-to-all is limited by the links across the middle of its longest ring (bisection)',
	'fabricShare.why.torus-links':
		'a {block} block of the torus: rings use only the links along the dimensions they span',
	// An unknown figure the reader can fill (issue 13: unknown is unknown, never a silent default).
	'unknown.flops':
		'no published {fields}: unknown, not absent. Enter it in the system panel to serve at {precision}, or choose a precision the chip has a figure for.',
	// A figure the preset gives that the reader removed (a link's "none", a field cleared): not unpublished.
	'unknown.flopsRemoved':
		'no {fields}: the preset’s {count:figure was|figures were} removed. Enter {count:it|them} again in the system panel to serve at {precision}, or choose a precision the chip has a figure for.',
	'unknown.flopsSomeRemoved':
		'no published {fields}: unknown, not absent; {removed}: the preset’s {count:figure was|figures were} removed. Enter the figures in the system panel to serve at {precision}, or choose a precision the chip has a figure for.'
};
