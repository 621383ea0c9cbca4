import { describe, expect, it } from 'vitest';
import { LLM_PRESETS } from '../../../src/lib/catalog/llms';
import { SYSTEM_PRESETS } from '../../../src/lib/catalog/systems';
import { enModelChange } from '../../../src/lib/i18n/en-model-change';
import { zhModelChange } from '../../../src/lib/i18n/zh-model-change';
import { CHIP_FAMILIES } from '../../../src/lib/model/chip-family';
import { MODEL_VERSION } from '../../../src/lib/model/version';
import { decodeScenario } from '../../../src/lib/share/codec';
import { SYSTEM_INPUTS } from '../../../src/lib/inputs';
import { PART_INPUTS } from '../../../src/lib/inputs/deployment';
import { componentCountsFor } from '../../../src/lib/catalog/components';
import { modelChangeFor } from '../../../src/lib/share/model-change';
import { MODEL_HISTORY, type ModelRelease } from '../../../src/lib/share/model-history';
import { register2026 } from '../../../src/lib/catalog/register-2026';

/** A made-up history, so the rules are tested before the real table has a second release. */
const HISTORY: ModelRelease[] = [
	{ version: '1', date: '2026-01-01', summary: 'first', changes: [] },
	{
		version: '2',
		date: '2026-02-01',
		summary: 'CloudMatrix HBM bandwidth corrected',
		changes: [{ kind: 'system-preset', id: 'cloudmatrix-384', keys: ['hbm_tbps'] }]
	},
	{
		version: '3',
		date: '2026-03-01',
		summary: 'compute efficiency default',
		changes: [{ kind: 'default', key: 'e.compute' }]
	},
	{
		version: '4',
		date: '2026-04-01',
		summary: 'Llama 3.1 405B shape',
		changes: [{ kind: 'llm-preset', id: 'llama-3.1-405b' }]
	},
	{
		version: '5',
		date: '2026-05-01',
		summary: 'H100 figures',
		changes: [{ kind: 'system-preset', id: 'hgx-h100' }]
	}
];

function change(link: string, current = '5') {
	return modelChangeFor(link, decodeScenario(link).scenario, HISTORY, current);
}
const versions = (releases: ModelRelease[] | undefined) => releases?.map((r) => r.version);
/**
 * The releases up to 18 among these: release 19 changed formulas every link goes through, so it
 * reaches every older link, and the tests of earlier releases would all list it (checked on its own).
 */
const through18 = (releases: ModelRelease[] | undefined) =>
	(versions(releases) ?? []).filter((v) => Number(v) <= 18);
/** The real history's releases that reach `link`, up to `last` (later ones are tested on their own). */
const affectingUpTo = (link: string, last = Infinity) =>
	(versions(modelChangeFor(link, decodeScenario(link).scenario)?.affecting) ?? []).filter(
		(v) => Number(v) <= last
	);

describe('modelChangeFor()', () => {
	it('says nothing for a link of this version, or one without a version', () => {
		expect(change('v=1&m=5&a=gb200-nvl72')).toBeNull();
		expect(change('v=1&a=gb200-nvl72')).toBeNull();
		// Leading zeros name the same version (helper-103: "m=005" listed no release "since 005").
		expect(change('v=1&m=005&a=gb200-nvl72')).toBeNull();
		expect(versions(change('v=1&m=03&a=gb200-nvl72')?.since)).toEqual(['4', '5']);
	});

	it('lists every release since the link, oldest first', () => {
		expect(versions(change('v=1&m=1&a=gb200-nvl72')?.since)).toEqual(['2', '3', '4', '5']);
		expect(versions(change('v=1&m=3&a=gb200-nvl72')?.since)).toEqual(['4', '5']);
		expect(change('https://x.example/?v=1&m=4&a=gb200-nvl72#top')).toMatchObject({
			from: '4',
			to: '5',
			status: 'older'
		});
	});

	it('counts a preset change only for links with a slot on that preset', () => {
		expect(versions(change('v=1&m=1&a=gb200-nvl72&b=hgx-h200&e.compute=0.5')?.affecting)).toEqual(
			[]
		);
		expect(
			versions(change('v=1&m=1&a=gb200-nvl72&b=cloudmatrix-384&e.compute=0.5')?.affecting)
		).toEqual(['2']);
		expect(versions(change('v=1&m=4&a=gb200-nvl72&b=hgx-h100')?.affecting)).toEqual(['5']);
	});

	it('spares a slot that sets every moved figure itself, in whichever slot it sits', () => {
		const own = 'v=1&m=1&a=gb200-nvl72&b=cloudmatrix-384&b.hbm_tbps=1.6&e.compute=0.5';
		expect(versions(change(own)?.affecting)).toEqual([]);
		// The decoder packs slots a and c into systems 0 and 1; the check follows the link's slots.
		expect(
			versions(
				change('v=1&m=1&a=gb200-nvl72&c=cloudmatrix-384&c.hbm_tbps=1.6&e.compute=0.5')?.affecting
			)
		).toEqual([]);
		const wrongSlot = 'v=1&m=1&a=gb200-nvl72&c=cloudmatrix-384&b.hbm_tbps=1.6&e.compute=0.5';
		expect(versions(change(wrongSlot)?.affecting)).toEqual(['2']);
	});

	it('counts a changed default only for links that left it out', () => {
		expect(versions(change('v=1&m=2&a=gb200-nvl72')?.affecting)).toEqual(['3']);
		expect(versions(change('v=1&m=2&a=gb200-nvl72&e.compute=0.6')?.affecting)).toEqual([]);
	});

	it('counts an LLM preset change for links serving that model, edited or not', () => {
		const base = 'v=1&m=3&a=gb200-nvl72&e.compute=0.5';
		expect(versions(change(`${base}&llm=llama-3.1-405b`)?.affecting)).toEqual(['4']);
		expect(versions(change(`${base}&llm=llama-3.1-405b&llm.layers=100`)?.affecting)).toEqual(['4']);
		expect(versions(change(`${base}&llm=deepseek-r1`)?.affecting)).toEqual([]);
	});

	it('counts a formula change for every link', () => {
		const history: ModelRelease[] = [
			...HISTORY,
			{
				version: '6',
				date: '2026-06-01',
				summary: 'x',
				changes: [{ kind: 'formulas', area: 'inference' }]
			}
		];
		const link = 'v=1&m=5&a=gb200-nvl72';
		expect(
			versions(modelChangeFor(link, decodeScenario(link).scenario, history, '6')?.affecting)
		).toEqual(['6']);
	});

	it('cannot tell for versions it never had, and says when the link is newer', () => {
		expect(change('v=1&m=12&a=gb200-nvl72')).toMatchObject({
			status: 'newer',
			since: [],
			affecting: []
		});
		expect(change('v=1&m=beta&a=gb200-nvl72')).toMatchObject({
			status: 'unknown',
			since: [],
			affecting: []
		});
		expect(change('v=1&m=0&a=gb200-nvl72')).toMatchObject({ status: 'unknown' });
		expect(change(`v=1&m=${'9'.repeat(500)}&a=gb200-nvl72`)!.from.length).toBeLessThanOrEqual(41);
	});

	it('counts a software-table change for systems of those families that take the table’s value', () => {
		const history: ModelRelease[] = [
			...HISTORY,
			{
				version: '6',
				date: '2026-06-01',
				summary: 'x',
				changes: [{ kind: 'software-table', families: ['ascend', 'other'] }]
			}
		];
		const affecting = (link: string) =>
			versions(modelChangeFor(link, decodeScenario(link).scenario, history, '6')?.affecting);
		expect(affecting('v=1&m=5&a=gb200-nvl72&b=cloudmatrix-384')).toEqual(['6']);
		expect(affecting('v=1&m=5&a=gb200-nvl72&b=hgx-h200')).toEqual([]);
		// A system with its own fraction does not read the table; `none` is the table's value.
		expect(affecting('v=1&m=5&a=gb200-nvl72&b=cloudmatrix-384&b.sw=0.7')).toEqual([]);
		expect(affecting('v=1&m=5&a=gb200-nvl72&b=cloudmatrix-384&b.sw=none')).toEqual(['6']);
		expect(affecting('v=1&m=5&a=gb200-nvl72&b=custom&b.name=X')).toEqual(['6']);
	});

	it('uses the last m when a link repeats it, as the decoder does', () => {
		expect(change('v=1&m=5&m=2&a=gb200-nvl72')).toMatchObject({ from: '2' });
	});
});

describe('MODEL_HISTORY', () => {
	it('ends at the current model version, in order, with unique versions and ISO dates', () => {
		expect(MODEL_HISTORY.at(-1)!.version).toBe(MODEL_VERSION);
		expect(new Set(MODEL_HISTORY.map((r) => r.version)).size).toBe(MODEL_HISTORY.length);
		const dates = MODEL_HISTORY.map((r) => r.date);
		for (const date of dates) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect([...dates].sort()).toEqual(dates);
		expect(MODEL_HISTORY[0]!.changes).toEqual([]);
	});

	it('names only presets and link keys that exist', () => {
		register2026(); // the 2026 presets (Kyber, Helios) load lazily
		const systems = new Set(SYSTEM_PRESETS.map((p) => p.id));
		const llms = new Set(LLM_PRESETS.map((p) => p.id));
		const flops = ['fp4_tflops', 'fp8_tflops', 'int8_tflops', 'bf16_tflops'];
		const systemKeys = new Set(
			[...SYSTEM_INPUTS, ...PART_INPUTS].map((input) => input.key).concat(flops, 'name')
		);
		for (const release of MODEL_HISTORY)
			for (const scope of release.changes) {
				if (scope.kind === 'system-preset') {
					expect(systems.has(scope.id), scope.id).toBe(true);
					for (const key of scope.keys ?? []) expect(systemKeys.has(key), key).toBe(true);
				}
				if (scope.kind === 'llm-preset') expect(llms.has(scope.id), scope.id).toBe(true);
				if (scope.kind === 'software-table')
					for (const family of scope.families)
						expect(CHIP_FAMILIES as readonly string[], family).toContain(family);
			}
	});

	it('opens a link made before the software prior (m=6) with the note where it applies', () => {
		const real = (link: string) => modelChangeFor(link, decodeScenario(link).scenario);
		// The default comparison: CloudMatrix 384 (Ascend) takes the prior now, not 1.
		expect(real('v=1&m=6&a=gb200-nvl72&b=cloudmatrix-384')).toMatchObject({
			status: 'older',
			to: MODEL_VERSION
		});
		// Release 8 changes training's formulas, so it touches every link; release 7 only some.
		// (Releases after 9 are checked below.)
		const affecting = (link: string) =>
			(versions(real(link)?.affecting) ?? []).filter((v) => Number(v) <= 9);
		expect(affecting('v=1&m=6&a=gb200-nvl72&b=cloudmatrix-384')).toEqual(['7', '8']);
		expect(affecting('v=1&m=6&a=gb200-nvl72&b=custom&b.name=X')).toEqual(['7', '8']);
		// Hopper and Blackwell keep their fits; a system with its own fraction keeps it.
		expect(affecting('v=1&m=6&a=gb200-nvl72&b=hgx-h200')).toEqual(['8']);
		expect(affecting('v=1&m=6&a=gb200-nvl72&b=cloudmatrix-384&b.sw=0.9')).toEqual(['8']);
		expect(versions(real('v=1&m=6&a=gb200-nvl72&b=hgx-h200')?.since)).toEqual([
			'7',
			'8',
			'9',
			'10',
			'11',
			'12',
			'13',
			'14',
			'15',
			'16',
			'17',
			'18',
			'19',
			'20',
			'21',
			'22',
			'23'
		]);
	});

	it('says release 9 moved the frontier only where a co-located layout misses the TTFT target', () => {
		const affecting = (link: string) => affectingUpTo(link, 9);
		// 1,024-token prompts: every layout prefills one within the 2 s target.
		expect(affecting('v=1&m=8&a=gb200-nvl72&b=cloudmatrix-384')).toEqual([]);
		// 32,768-token prompts of GPT-MoE-1.8T: the smallest layouts of an NVL72 cannot.
		const long = 'v=1&m=8&a=gb200-nvl72&b=cloudmatrix-384&llm=gpt-moe-1.8t&in_tokens=32768';
		expect(affecting(long)).toEqual(['9']);
	});

	it('says release 10 moved systems without a BF16 figure and awkward chip counts only', () => {
		register2026(); // Vera Rubin is a lazily loaded preset
		const affecting = (link: string) => affectingUpTo(link, 10);
		expect(affecting('v=1&m=9&a=gb200-nvl72&b=cloudmatrix-384')).toEqual([]);
		// Vera Rubin publishes FP8, no BF16: attention over the BF16 cache is now assumed at half.
		expect(affecting('v=1&m=9&a=gb300-nvl72&b=vr-nvl72')).toEqual(['10']);
		// 57 chips now also try 56 (one idle); 72 and 64 gain nothing from rounding.
		expect(affecting('v=1&m=9&a=cloudmatrix-384&a.chips=57')).toEqual(['10']);
		expect(affecting('v=1&m=9&a=cloudmatrix-384&a.chips=64')).toEqual([]);
	});

	it('says release 11 (the operating point joins the frontier) reaches every link', () => {
		const link = 'v=1&m=10&a=gb200-nvl72&b=cloudmatrix-384';
		expect(through18(modelChangeFor(link, decodeScenario(link).scenario)?.affecting)).toEqual([
			'11'
		]);
	});

	it('says release 12 (OCS cube slices) moved tori of cubes other than one whole cube', () => {
		register2026(); // the TPU presets load lazily
		// Releases 15 (the blast radius), 16 (HBM as published) and 18 (switch chips) are checked on
		// their own below.
		const affecting = (link: string) =>
			through18(modelChangeFor(link, decodeScenario(link).scenario)?.affecting).filter(
				(v) => v !== '15' && v !== '16' && v !== '18'
			);
		expect(affecting('v=1&m=11&a=gb200-nvl72&b=tpu7x-pod')).toEqual(['12']);
		expect(affecting('v=1&m=11&a=tpu-v5p-6144')).toEqual(['12']);
		// One cube is placed as before; a pod cut to 64 chips was a 3x5x5 torus and is a cube now.
		expect(affecting('v=1&m=11&a=tpu7x-cube-64')).toEqual([]);
		expect(affecting('v=1&m=11&a=tpu7x-pod&a.chips=64')).toEqual(['12']);
		// A cube grown to 72 chips keeps 4x4x4 dims, but its 72-chip groups are placed anew.
		expect(affecting('v=1&m=11&a=tpu7x-cube-64&a.chips=72&a.domain=72')).toEqual(['12']);
		// Rubin takes Blackwell's software fraction now, unless the link set its own.
		expect(affecting('v=1&m=11&a=gb300-nvl72&b=vr-nvl72')).toEqual(['12']);
		// Release 7 gave Rubin (then "other") the prior: a link from before it still says so.
		expect(affecting('v=1&m=6&a=gb300-nvl72&b=vr-nvl72')).toContain('7');
		expect(affecting('v=1&m=11&a=gb300-nvl72&b=vr-nvl72&b.sw=0.7')).toEqual([]);
	});

	it('says release 15 moved the blast radius of domains larger than one OCS cube only', () => {
		register2026(); // the TPU presets load lazily
		const affecting = (link: string) =>
			through18(modelChangeFor(link, decodeScenario(link).scenario)?.affecting).filter(
				(v) => v !== '16' && v !== '18'
			);
		expect(affecting('v=1&m=14&a=gb200-nvl72&b=tpu7x-pod')).toEqual(['15']);
		expect(affecting('v=1&m=14&a=tpu-v5p-6144')).toEqual(['15']);
		// One cube drained one cube before; NVLink and UB domains drain as before.
		expect(affecting('v=1&m=14&a=tpu7x-cube-64')).toEqual([]);
		expect(affecting('v=1&m=14&a=tpu7x-pod&a.domain=64')).toEqual([]);
		expect(affecting('v=1&m=14&a=gb200-nvl72&b=cloudmatrix-384')).toEqual([]);
	});

	it('says release 18 moved the switch chips of switchless presets without an inventory, unless the link set them', () => {
		register2026(); // the 2026 presets load lazily
		const affecting = (link: string) => affectingUpTo(link, 18);
		expect(affecting('v=1&m=17&a=gb200-nvl72&b=tpu7x-pod')).toEqual(['18']);
		expect(affecting('v=1&m=17&a=mi355x-8')).toEqual(['18']);
		// Switched fabrics keep the rule; a cited inventory (CloudMatrix 384) was never the rule.
		expect(affecting('v=1&m=17&a=gb200-nvl72&b=cloudmatrix-384&c=helios')).toEqual([]);
		expect(affecting('v=1&m=17&a=tpu7x-pod&a.n_switch=100')).toEqual([]);
	});

	it('lists in release 18 exactly the presets the switchless rule moved', () => {
		register2026();
		// Read from the catalog: no cited inventory, and a scale-up with no switch.
		const moved = SYSTEM_PRESETS.filter(
			(p) =>
				!componentCountsFor(p.id) &&
				(p.topology.scaleUp.kind === 'torus' || p.topology.scaleUp.kind === 'full-mesh')
		).map((p) => p.id);
		const listed = MODEL_HISTORY.find((r) => r.version === '18')!.changes.map((c) =>
			c.kind === 'system-preset' ? c.id : c.kind
		);
		expect([...listed].sort()).toEqual([...moved].sort());
	});

	it('says release 17 moved TPU v6e in FP8 only, unless the link set its FP8 itself', () => {
		register2026(); // the 2026 presets load lazily
		const affecting = (link: string) => affectingUpTo(link, 18);
		expect(affecting('v=1&m=16&a=tpu-v6e-256&b=gb200-nvl72')).toEqual(['17', '18']);
		expect(affecting('v=1&m=16&a=gb200-nvl72&b=tpu-v5p-6144')).toEqual(['18']); // its switch chips
		expect(affecting('v=1&m=16&a=tpu-v6e-256&a.fp8_tflops=1836')).toEqual(['18']); // not 17
	});

	it('says release 16 moved the HBM of TPU7x, Trn2 and Trn3 only, unless the link set it', () => {
		register2026(); // the 2026 presets load lazily
		const affecting = (link: string) =>
			through18(modelChangeFor(link, decodeScenario(link).scenario)?.affecting).filter(
				(v) => v !== '17' && v !== '18'
			);
		expect(affecting('v=1&m=15&a=gb200-nvl72&b=tpu7x-pod')).toEqual(['16']);
		expect(affecting('v=1&m=15&a=tpu7x-cube-64')).toEqual(['16']);
		expect(affecting('v=1&m=15&a=trn2-ultraserver&b=trn3-ultraserver-144')).toEqual(['16']);
		expect(affecting('v=1&m=15&a=trn3-ultraserver-64')).toEqual(['16']);
		// NVIDIA's, Huawei's and the other TPUs' figures were taken as published already.
		expect(affecting('v=1&m=15&a=gb200-nvl72&b=cloudmatrix-384')).toEqual([]);
		expect(affecting('v=1&m=15&a=tpu-v5p-6144&b=tpu-v6e-256')).toEqual([]);
		// A link that set the pod's HBM itself shows what it showed.
		expect(affecting('v=1&m=15&a=tpu7x-pod&a.hbm_gb=192')).toEqual([]);
	});

	it('says release 13 moved Kyber and Helios only, unless the link set their FP4 itself', () => {
		register2026(); // the 2026 presets load lazily
		const affecting = (link: string) => affectingUpTo(link, 18);
		expect(affecting('v=1&m=12&a=gb200-nvl72&b=cloudmatrix-384')).toEqual([]);
		expect(affecting('v=1&m=12&a=vr-nvl72&b=kyber-nvl144')).toEqual(['13']);
		expect(affecting('v=1&m=12&a=helios')).toEqual(['13']);
		// Version 12 opened Kyber's 104 PF clamped to the field's 100 PF, and a link copied from the
		// page then carried it: such a link still shows 100 PF, as when it was made, so it is
		// unaffected (the figure reads as edited, since it differs from today's preset).
		expect(affecting('v=1&m=12&a=vr-nvl72&b=kyber-nvl144&b.fp4_tflops=100000')).toEqual([]);
		expect(affecting('v=1&m=12&a=helios&a.fp4_tflops=40000')).toEqual(['13']); // FP8 moved
	});

	it('says release 14 moved links whose pinned training layout overflows HBM or cannot be built', () => {
		const affecting = (link: string) => affectingUpTo(link, 18);
		expect(affecting('v=1&m=13&a=gb200-nvl72&b=cloudmatrix-384')).toEqual([]);
		// DeepSeek-R1's training state over TP8 × PP9 alone, without EP: 552 GB per 186 GB B200.
		expect(affecting('v=1&m=13&a=gb200-nvl72&a.layout=tp8.pp9.ep1.dp1.mb16')).toEqual(['14']);
		// 64 stages of 61 layers: no framework builds it, and it was timed.
		expect(affecting('v=1&m=13&a=gb200-nvl72&a.joined=16&a.layout=tp1.pp64.ep8.dp18.mb15')).toEqual(
			['14']
		);
		// Refused before as well, so unmoved: more chips than the systems have (TP8 × PP16 = 128 of
		// 72).
		expect(affecting('v=1&m=13&a=gb200-nvl72&a.layout=tp8.pp16.ep1.dp1.mb16')).toEqual([]);
		// The layout the model chooses, pinned: 185.8 GB, which fits.
		const chosen = 'tp4.pp4.ep16.dp4.mb1024.vs2';
		expect(affecting(`v=1&m=13&a=gb200-nvl72&a.layout=${chosen}`)).toEqual([]);
	});

	it('says release 14 moved the searched layout of a model whose heads TP8 does not divide', () => {
		const affecting = (link: string) => affectingUpTo(link, 18);
		// GPT-MoE-1.8T's 84 heads: TP8 inside a 72-chip domain is no longer tried.
		expect(affecting('v=1&m=13&a=gb200-nvl72&a.joined=8&llm=gpt-moe-1.8t')).toEqual(['14']);
		// One HGX board of 8 is a domain of 8: TP8 was its largest, and it is gone too.
		expect(affecting('v=1&m=13&a=hgx-h100&llm=gpt-moe-1.8t')).toEqual(['14']);
		// Up to 4 chips, TP4 at most: it divides 84, so nothing moved.
		expect(affecting('v=1&m=13&a=hgx-h100&a.chips=4&llm=gpt-moe-1.8t')).toEqual([]);
		// Heads that are powers of two (DeepSeek-R1's 128) never met the rule.
		expect(affecting('v=1&m=13&a=gb200-nvl72&b=cloudmatrix-384')).toEqual([]);
	});

	it('says release 19 (input-token energy, gradient traffic, chains of drafts) reaches every link', () => {
		const affecting = (link: string) => affectingUpTo(link, 19);
		// Its formulas run for every scenario: the training scale chart re-runs the layout search at
		// other sizes (the default comparison's GB200 NVL72 curve moved 0.6% at 72 chips, helper-112),
		// so even a link whose own figures stayed is told its results may have moved.
		expect(affecting('v=1&m=18')).toEqual(['19']);
		expect(affecting('v=1&m=18&a=custom&a.name=X')).toEqual(['19']);
	});

	it('says release 20 (the pass’s KV transfer, the held draft layer) moved links that disaggregate or draft', () => {
		const affecting = (link: string) => affectingUpTo(link, 20);
		// The defaults do both: serving mode auto, 1.8 tokens accepted per step (one draft).
		expect(affecting('v=1&m=19&a=gb200-nvl72&b=cloudmatrix-384')).toEqual(['20']);
		expect(affecting('v=1&m=19&a=custom&a.name=X')).toEqual(['20']);
		// Either alone is enough: co-located serving still drafts, no drafting still disaggregates.
		expect(affecting('v=1&m=19&serve=co-located')).toEqual(['20']);
		expect(affecting('v=1&m=19&accepted=1')).toEqual(['20']);
		expect(affecting('v=1&m=19&serve=disaggregated&accepted=1')).toEqual(['20']);
		// Co-located without drafting meets neither: release 20 left its results as they were (21
		// moved them: DeepSeek-R1 has an output head, below).
		const neither = modelChangeFor(
			'v=1&m=19&serve=co-located&accepted=1',
			decodeScenario('v=1&m=19&serve=co-located&accepted=1').scenario
		);
		expect(neither).toMatchObject({ status: 'older' });
		expect(versions(neither!.affecting)).toEqual(['21', '22', '23']);
		expect(versions(neither!.since)).toEqual(['20', '21', '22', '23']);
		// A link made before version 3 drafts nothing unless it says so (serving-codec.ts).
		expect(affecting('v=1&m=2&serve=co-located')).not.toContain('20');
		expect(affecting('v=1&m=2&serve=co-located&accepted=1.8')).toContain('20');
	});

	it('says release 21 (the BF16 output head, read again per draft) moved links serving a preset with one', () => {
		const affecting = (link: string) => affectingUpTo(link, 21);
		// The default comparison serves DeepSeek-R1, edited or not; every preset with a known
		// vocabulary now has a head and an embedding table.
		expect(affecting('v=1&m=20&a=gb200-nvl72&b=cloudmatrix-384')).toEqual(['21']);
		expect(affecting('v=1&m=20&serve=co-located&accepted=1')).toEqual(['21']);
		expect(affecting('v=1&m=20&llm=llama-3.1-405b')).toEqual(['21']);
		expect(affecting('v=1&m=20&llm=gpt-oss-120b')).toEqual(['21']);
		// GPT-MoE-1.8T's vocabulary is unknown: no head is counted apart, as before.
		expect(affecting('v=1&m=20&llm=gpt-moe-1.8t')).toEqual([]);
	});

	it('says release 22 (the head’s compute at BF16, once per prompt in prefill) moved links serving a preset with a head', () => {
		const affecting = (link: string) => affectingUpTo(link, 22);
		expect(affecting('v=1&m=21&a=gb200-nvl72&b=cloudmatrix-384')).toEqual(['22']);
		expect(affecting('v=1&m=21&serve=co-located&accepted=1')).toEqual(['22']);
		expect(affecting('v=1&m=21&llm=llama-3.1-8b')).toEqual(['22']);
		// No known vocabulary, no head: its results are as they were.
		expect(affecting('v=1&m=21&llm=gpt-moe-1.8t')).toEqual([]);
	});

	it('says release 23 (the embedding table in training memory, the draft layers in prefill) moved links with a known vocabulary or drafting', () => {
		const affecting = (link: string) =>
			versions(modelChangeFor(link, decodeScenario(link).scenario)?.affecting);
		expect(affecting('v=1&m=22&a=gb200-nvl72&b=cloudmatrix-384')).toEqual(['23']);
		expect(affecting('v=1&m=22&llm=llama-3.1-405b&accepted=1')).toEqual(['23']);
		// No known vocabulary, no table: its training memory is as it was; drafting, its prefill
		// is not.
		expect(affecting('v=1&m=22&llm=gpt-moe-1.8t')).toEqual(['23']);
		const unknown = modelChangeFor(
			'v=1&m=22&llm=gpt-moe-1.8t&accepted=1',
			decodeScenario('v=1&m=22&llm=gpt-moe-1.8t&accepted=1').scenario
		);
		expect(unknown).toMatchObject({ status: 'older', affecting: [] });
		expect(
			modelChangeFor('v=1&m=23&a=gb200-nvl72', decodeScenario('v=1&a=gb200-nvl72').scenario)
		).toBeNull();
	});

	it('has a summary in every language for every release', () => {
		for (const release of MODEL_HISTORY) {
			const key = `modelHistory.${release.version}`;
			expect(enModelChange, key).toHaveProperty([key]);
			expect(zhModelChange, key).toHaveProperty([key]);
		}
	});
});
