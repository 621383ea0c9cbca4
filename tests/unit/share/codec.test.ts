import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MODEL_VERSION } from '../../../src/lib/model/version';
import { DEFAULT_SERVING } from '../../../src/lib/model/inference/serving';
import { decodeScenario, encodeScenario } from '../../../src/lib/share/codec';
import { normalizeScenario } from '../../../src/lib/model/normalize';
import { defaultScenario, specFromPresetId } from '../../../src/lib/model/scenario';

const DEFAULT = normalizeScenario(defaultScenario());

describe('encodeScenario()', () => {
	it('writes the version, the model version and the presets, and omits values equal to the preset', () => {
		expect(encodeScenario(DEFAULT)).toBe(
			`v=1&m=${MODEL_VERSION}&a=gb200-nvl72&a.joined=16&b=cloudmatrix-384&b.joined=3&llm=deepseek-r1`
		);
	});

	it('writes only what changed, in display units', () => {
		const scenario = structuredClone(DEFAULT);
		scenario.systems[1]!.chips = 400;
		scenario.systems[1]!.denseFlopsPerS.bf16 = 752e12;
		scenario.systems[0]!.hbmBytes = 192e9;
		expect(encodeScenario(scenario)).toBe(
			`v=1&m=${MODEL_VERSION}&a=gb200-nvl72&a.hbm_gb=192&a.joined=16&b=cloudmatrix-384&b.chips=400&b.bf16_tflops=752&b.joined=3&llm=deepseek-r1`
		);
	});

	it('marks a precision removed from a preset as none', () => {
		const scenario = structuredClone(DEFAULT);
		delete scenario.systems[0]!.denseFlopsPerS.fp4;
		expect(encodeScenario(scenario)).toContain('a.fp4_tflops=none');
	});
});

describe('decodeScenario()', () => {
	it('reads a plain visit as the default scenario without notices', () => {
		const decoded = decodeScenario('');
		expect(decoded.scenario).toEqual(DEFAULT);
		expect(decoded.notices).toEqual([]);
		expect(decoded.fromLink).toBe(false);
	});

	it('accepts a full URL, a query with ? and a bare query', () => {
		const query = `v=1&m=${MODEL_VERSION}&a=hgx-h100&b=hgx-b200&b.chips=16`;
		for (const input of [`https://example.org/app/?${query}#x`, `?${query}`, query]) {
			const { scenario, notices } = decodeScenario(input);
			expect(notices).toEqual([]);
			expect(scenario.systems.map((s) => s.presetId)).toEqual(['hgx-h100', 'hgx-b200']);
			expect(scenario.systems[1]!.chips).toBe(16);
		}
	});

	// Each row: a damaged link, the notice it must raise, and the value that must be used instead.
	const damaged: [
		string,
		string,
		string,
		(s: ReturnType<typeof decodeScenario>['scenario']) => unknown,
		unknown
	][] = [
		['zero chips', 'v=1&a=gb200-nvl72&a.chips=0', 'clamped', (s) => s.systems[0]!.chips, 1],
		['negative chips', 'v=1&a=gb200-nvl72&a.chips=-5', 'clamped', (s) => s.systems[0]!.chips, 1],
		// In range but not a count: rounded, and said so (it read "out of range" before).
		['fractional chips', 'v=1&a=hgx-h100&a.chips=7.5', 'not-whole', (s) => s.systems[0]!.chips, 8],
		[
			'fraction below a count',
			'v=1&a=hgx-h100&a.chips=0.4',
			'clamped',
			(s) => s.systems[0]!.chips,
			1
		],
		[
			'1e309 overflows',
			'v=1&a=gb200-nvl72&a.hbm_gb=1e309',
			'clamped',
			(s) => s.systems[0]!.hbmBytes,
			4e12
		],
		[
			'text for a number',
			'v=1&a=gb200-nvl72&a.hbm_gb=lots',
			'not-a-number',
			(s) => s.systems[0]!.hbmBytes,
			186e9
		],
		['empty value', 'v=1&a=gb200-nvl72&a.chips=', 'not-a-number', (s) => s.systems[0]!.chips, 72],
		['hex', 'v=1&a=gb200-nvl72&a.chips=0x10', 'not-a-number', (s) => s.systems[0]!.chips, 72],
		[
			'unknown preset',
			'v=1&a=dgx-9000',
			'unknown-preset',
			(s) => s.systems[0]!.presetId,
			'gb200-nvl72'
		],
		['unknown key', 'v=1&a=gb200-nvl72&colour=red', 'unknown-key', (s) => s.systems.length, 1],
		['orphan system key', 'v=1&a=gb200-nvl72&c.chips=9', 'orphan-key', (s) => s.systems.length, 1],
		[
			'a fifth system',
			'v=1&a=gb200-nvl72&b=hgx-h100&c=hgx-b200&d=hgx-h200&e=helios&e.chips=9',
			'extra-system',
			(s) => s.systems.length,
			4
		],
		// Slots b and d alone are systems a and b, each with its own keys.
		[
			'systems in later slots',
			'v=1&b=hgx-h100&d=gb200-nvl72&d.chips=36',
			'moved-slot',
			(s) => s.systems.map((system) => `${system.presetId}:${system.chips}`).join(' '),
			'hgx-h100:8 gb200-nvl72:36'
		],
		// A letter that names no system is only an unknown setting.
		[
			'a letter that names no system',
			'v=1&a=gb200-nvl72&x=1',
			'unknown-key',
			(s) => s.systems.length,
			1
		],
		[
			'duplicate view',
			'v=1&a=hgx-h100&view=training&view=energy',
			'duplicate-key',
			(s) => s.systems.length,
			1
		],
		[
			'duplicate key',
			'v=1&a=gb200-nvl72&a.chips=8&a.chips=16',
			'duplicate-key',
			(s) => s.systems[0]!.chips,
			16
		],
		[
			'future version',
			'v=7&a=gb200-nvl72',
			'unknown-version',
			(s) => s.systems[0]!.presetId,
			'gb200-nvl72'
		],
		['no version', 'a=hgx-h100', 'missing-version', (s) => s.systems[0]!.presetId, 'hgx-h100'],
		[
			'older model',
			'v=1&m=0&a=hgx-h100',
			'model-changed',
			(s) => s.systems[0]!.presetId,
			'hgx-h100'
		],
		// Not a version at all: no "made with model version NaN", and no note on what changed since.
		[
			'model version that is not a number',
			'v=1&m=NaN&a=hgx-h100',
			'not-a-model-version',
			(s) => s.systems[0]!.presetId,
			'hgx-h100'
		],
		[
			'bad efficiency precision',
			'v=1&a=hgx-h100&basis=fp2',
			'unknown-choice',
			(s) => s.efficiencyPrecision,
			'bf16'
		],
		['bad language', 'v=1&a=hgx-h100&lang=xx', 'unknown-choice', (s) => s.systems.length, 1],
		[
			'power none is allowed only for TDP',
			'v=1&a=hgx-h100&a.allin_w=none',
			'not-a-number',
			(s) => s.systems[0]!.allInPowerPerChipW,
			1275
		]
	];
	it.each(damaged)(
		'%s: opens with a notice and a sane value',
		(_name, query, code, pick, expected) => {
			const decoded = decodeScenario(query);
			expect(decoded.notices.map((n) => n.code)).toContain(code);
			expect(pick(decoded.scenario)).toEqual(expected);
		}
	);

	it('says when a system moves to an earlier slot, and its keys move with it', () => {
		const moved = decodeScenario(`v=1&m=${MODEL_VERSION}&b=hgx-h100&d=hgx-b200&d.chips=16`);
		expect(moved.notices).toEqual([
			{ code: 'moved-slot', key: 'b', used: 'a' },
			{ code: 'moved-slot', key: 'd', used: 'b' }
		]);
		// The copied link then names them where the page shows them.
		expect(encodeScenario(moved.scenario)).toContain('&a=hgx-h100&b=hgx-b200&b.chips=16');
		// A repeated slot key still says which value it used.
		const repeated = decodeScenario(`v=1&m=${MODEL_VERSION}&b=hgx-h100&b=hgx-b200&d=gb200-nvl72`);
		expect(repeated.notices.map((n) => [n.code, n.key])).toEqual([
			['moved-slot', 'b'],
			['duplicate-key', 'b'],
			['moved-slot', 'd']
		]);
		// Only the systems after a gap move.
		const gap = decodeScenario(`v=1&m=${MODEL_VERSION}&a=hgx-h100&c=hgx-b200`);
		expect(gap.notices).toEqual([{ code: 'moved-slot', key: 'c', used: 'b' }]);
		expect(gap.scenario.systems.map((s) => s.presetId)).toEqual(['hgx-h100', 'hgx-b200']);
	});

	it('says which of a repeated view or language it used, also in a link with nothing else', () => {
		const decoded = decodeScenario('view=training&view=energy&lang=en&lang=zh');
		expect(decoded.view).toEqual({ view: 'energy', lang: 'zh' });
		expect(decoded.notices).toEqual([
			{ code: 'duplicate-key', key: 'lang', used: 'zh' },
			{ code: 'duplicate-key', key: 'view', used: 'energy' }
		]);
	});

	it('reads a language as people write it: any case, with a region or script (helper-132)', () => {
		// "zh-CN", "zh-Hans" and "ZH" were refused and the page turned to English, writing lang=en.
		for (const given of ['zh-CN', 'zh-Hans', 'ZH', 'zh_TW', 'Zh-hant-HK'])
			expect(decodeScenario(`v=1&a=hgx-h100&lang=${given}`), given).toMatchObject({
				view: { lang: 'zh' },
				notices: []
			});
		expect(decodeScenario('v=1&a=hgx-h100&lang=en-GB').view).toEqual({ lang: 'en' });
		// An empty lang is none: the reader's own language, without a notice.
		expect(decodeScenario('v=1&a=hgx-h100&lang=')).toMatchObject({ view: {}, notices: [] });
		// One the page has not: English, said (and "zhx" is no Chinese).
		for (const given of ['fr', 'zhx', 'x-zh'])
			expect(decodeScenario(`v=1&a=hgx-h100&lang=${given}`).notices, given).toEqual([
				{ code: 'unknown-choice', key: 'lang', given, used: 'en' }
			]);
	});

	it('says an m that is no version number is none, not that the link was made with it', () => {
		// The page fetches its note on what changed since a version only for 'model-changed'.
		const codes = decodeScenario('v=1&m=NaN&a=hgx-h100').notices.map((n) => n.code);
		expect(codes).toEqual(['not-a-model-version']);
	});

	it.each(['', '1.5', '-1', 'NaN'])(
		'reads m=%s, which is no version, with the current model’s defaults, as its notice says',
		(m) => {
			// Number('') is 0, below model 3: speculative decoding was silently turned off.
			const decoded = decodeScenario(`v=1&a=hgx-h100&m=${m}`);
			expect(decoded.notices).toEqual([
				expect.objectContaining({ code: 'not-a-model-version', used: MODEL_VERSION })
			]);
			expect(decoded.scenario.serving.acceptedTokensPerStep).toBe(
				DEFAULT_SERVING.acceptedTokensPerStep
			);
			// A real old version keeps its own defaults: model 2 had no speculative decoding.
			expect(decodeScenario('v=1&a=hgx-h100&m=2').scenario.serving.acceptedTokensPerStep).toBe(1);
		}
	);

	it('reads a number as a field does: grouped or full-width (helper-103)', () => {
		// The page prints "1,536" and a field takes it back; a hand-edited link said "not a number".
		for (const chips of ['1,536', '１５３６', '1536']) {
			const decoded = decodeScenario(`v=1&a=gb200-nvl72&a.chips=${encodeURIComponent(chips)}`);
			expect(decoded.scenario.systems[0]!.chips, chips).toBe(1536);
			expect(
				decoded.notices.filter((n) => n.key === 'a.chips'),
				chips
			).toEqual([]);
		}
		// Still refused: a comma that groups nothing, and words.
		for (const chips of ['1,53', 'Infinity', 'NaN'])
			expect(
				decodeScenario(`v=1&a=gb200-nvl72&a.chips=${chips}`).notices.map((n) => n.code),
				chips
			).toContain('not-a-number');
	});

	it('reads a version written with leading zeros as that version (helper-103)', () => {
		// "m=018" was another version to the page: a note on what changed "since 018", none listed.
		expect(decodeScenario(`v=1&a=hgx-h100&m=0${MODEL_VERSION}`).notices).toEqual([]);
		// And an old one keeps its defaults: model 2 had no speculative decoding.
		expect(decodeScenario('v=1&a=hgx-h100&m=002').scenario.serving.acceptedTokensPerStep).toBe(1);
		expect(decodeScenario('v=1&a=hgx-h100&m=002').notices).toEqual([
			expect.objectContaining({ code: 'model-changed', given: '2' })
		]);
	});

	it('keeps a hostile name as inert text, shortened', () => {
		const name = '<script>alert(1)</script>'.repeat(10);
		const { scenario } = decodeScenario(`v=1&a=hgx-h100&a.name=${encodeURIComponent(name)}`);
		expect(scenario.systems[0]!.name.length).toBeLessThanOrEqual(60);
		expect(scenario.systems[0]!.name.startsWith('<script>')).toBe(true);
	});

	it('shortens very long values in notices', () => {
		const { notices } = decodeScenario(`v=1&a=hgx-h100&a.chips=${'9'.repeat(5000)}x`);
		expect(notices[0]!.given!.length).toBeLessThanOrEqual(41);
	});

	it('opens an unknown preset as the slot’s default preset, with a notice, round trip included', () => {
		const { scenario, notices } = decodeScenario('v=1&a=doesnotexist');
		expect(notices).toEqual([
			{ code: 'unknown-preset', key: 'a', given: 'doesnotexist', used: 'gb200-nvl72' }
		]);
		// As a link naming the preset gives it: one rack joined, not the default comparison's 16.
		expect(scenario.systems[0]).toEqual(specFromPresetId('gb200-nvl72'));
		const again = encodeScenario(scenario);
		expect(again).toBe(`v=1&m=${MODEL_VERSION}&a=gb200-nvl72&llm=deepseek-r1`);
		expect(decodeScenario(again).scenario).toEqual(scenario);
		// Slot B falls back to CloudMatrix 384, alone: not 3 joined.
		const b = decodeScenario('v=1&a=hgx-h100&b=nosuch').scenario.systems[1]!;
		expect(b).toEqual(specFromPresetId('cloudmatrix-384'));
	});

	it('keeps the joined count a link sets beside an unknown preset', () => {
		const { scenario } = decodeScenario('v=1&a=doesnotexist&a.joined=5');
		expect(scenario.systems[0]!.deployment!.joined).toBe(5);
		expect(encodeScenario(scenario)).toContain('a=gb200-nvl72&a.joined=5');
	});

	it('restores a preset exactly when a link names it', () => {
		const { scenario } = decodeScenario('v=1&a=cloudmatrix-384');
		expect(scenario.systems[0]).toEqual(specFromPresetId('cloudmatrix-384'));
	});
});

describe('decodeScenario() for training, cost and reliability keys', () => {
	it('reads a pinned layout, joined systems, component counts and prices', () => {
		const { scenario, notices } = decodeScenario(
			'v=1&a=gb200-nvl72&a.joined=4&a.layout=tp4.pp2.ep1.dp36.mb8&a.n_optics=100&a.usd_chip_h=3&t.tokens_t=2&o.pue=1.4'
		);
		expect(notices).toEqual([]);
		const d = scenario.systems[0]!.deployment!;
		expect(d.joined).toBe(4);
		expect(d.trainingLayout).toEqual({ tp: 4, pp: 2, ep: 1, dp: 36, microbatches: 8 });
		expect(d.components?.opticalTransceivers).toBe(100);
		expect(d.pricePerChipHourUsd).toBe(3);
		expect(scenario.training.tokensToTrain).toBe(2e12);
		expect(scenario.operations.pue).toBe(1.4);
	});

	it('reads a software fraction (a.sw), clamps it to 0.05–1 with a notice, and writes it back', () => {
		const read = decodeScenario('v=1&a=gb200-nvl72&a.sw=0.7&b=cloudmatrix-384');
		expect(read.notices).toEqual([]);
		expect(read.scenario.systems[0]!.deployment!.softwareFraction).toBe(0.7);
		// Not given: auto (null), and auto is never written.
		expect(read.scenario.systems[1]!.deployment!.softwareFraction).toBeNull();
		const written = encodeScenario(read.scenario);
		expect(written).toContain('a.sw=0.7');
		expect(written).not.toContain('b.sw');
		const high = decodeScenario('v=1&a=gb200-nvl72&a.sw=1.5');
		expect(high.notices.map((n) => [n.code, n.key, n.used])).toEqual([['clamped', 'a.sw', '1']]);
		expect(high.scenario.systems[0]!.deployment!.softwareFraction).toBe(1);
		expect(
			decodeScenario('v=1&a=gb200-nvl72&a.sw=none').scenario.systems[0]!.deployment!
				.softwareFraction
		).toBeNull();
	});

	it('says what it ignored in a damaged layout and keeps the automatic one', () => {
		const { scenario, notices } = decodeScenario('v=1&a=gb200-nvl72&a.layout=tp4;drop');
		expect(notices.map((n) => n.code)).toEqual(['unknown-choice']);
		expect(scenario.systems[0]!.deployment!.trainingLayout).toBeNull();
	});
});

describe('orphan keys', () => {
	it('calls a misspelt key of a present system unknown, not orphaned', () => {
		expect(decodeScenario('v=1&a=gb200-nvl72&a.chipz=5').notices.map((n) => n.code)).toEqual([
			'unknown-key'
		]);
		expect(decodeScenario('v=1&a=gb200-nvl72&c.chips=5').notices.map((n) => n.code)).toEqual([
			'orphan-key'
		]);
	});
});

describe('leftovers (helper-116)', () => {
	it('reads eff given with basis as the old name basis overrides, not as an unknown key', () => {
		// `eff` was 'unknown-key' here: basis was found first and eff never read.
		for (const query of ['eff=fp4&basis=fp8', 'basis=fp8&eff=fp4', 'eff=fp4&eff=int8&basis=fp8']) {
			const decoded = decodeScenario(`v=1&m=${MODEL_VERSION}&a=hgx-h100&${query}`);
			expect(decoded.scenario.efficiencyPrecision, query).toBe('fp8');
			expect(decoded.notices, query).toEqual([
				expect.objectContaining({ code: 'old-key', key: 'eff', used: 'basis' })
			]);
		}
		// Alone, eff is read as before, silently.
		const alone = decodeScenario(`v=1&m=${MODEL_VERSION}&a=hgx-h100&eff=fp4`);
		expect([alone.scenario.efficiencyPrecision, alone.notices]).toEqual(['fp4', []]);
	});

	it('says so when a broken escape in a name decodes to U+FFFD, and drops it', () => {
		// "a.name=%E4%B8" (中 cut mid-escape) silently named the system "�".
		const cut = decodeScenario(`v=1&m=${MODEL_VERSION}&a=custom&a.name=%E4%B8%AD%E6%96`);
		expect(cut.scenario.systems[0]!.name).toBe('中');
		expect(cut.notices).toEqual([
			{ code: 'name-cleaned', key: 'a.name', given: '中\ufffd', used: '中' }
		]);
		// Nothing left: the name in use stays, with the notice.
		const none = decodeScenario(`v=1&m=${MODEL_VERSION}&a=custom&a.name=%E4%B8`);
		expect(none.scenario.systems[0]!.name).toBe('Custom system');
		expect(none.notices.map((n) => n.code)).toEqual(['name-cleaned']);
	});

	it('cuts a name of astral characters at 60 code points, never mid-pair', () => {
		const name = '𠀀'.repeat(61); // 122 UTF-16 units
		const { scenario, notices } = decodeScenario(
			`v=1&m=${MODEL_VERSION}&a=custom&a.name=${encodeURIComponent(name)}`
		);
		expect(scenario.systems[0]!.name).toBe('𠀀'.repeat(60));
		expect(notices.map((n) => n.code)).toEqual(['name-cleaned']);
		// 60 of them fit: no notice.
		const fits = decodeScenario(
			`v=1&m=${MODEL_VERSION}&a=custom&a.name=${encodeURIComponent('😀'.repeat(60))}`
		);
		expect([fits.scenario.systems[0]!.name, fits.notices]).toEqual(['😀'.repeat(60), []]);
	});

	it('reads 1e309 as out of range (its bound is used) and Infinity as not a number', () => {
		// 1e309 is a number a field takes, past every bound; "Infinity" is a word neither takes.
		const read = (chips: string) =>
			decodeScenario(`v=1&m=${MODEL_VERSION}&a=hgx-h100&a.chips=${chips}`);
		expect(read('1e309').notices).toEqual([
			{ code: 'clamped', key: 'a.chips', given: '1e309', used: '100000' }
		]);
		expect(read('-1e309').scenario.systems[0]!.chips).toBe(1);
		expect(read('Infinity').notices).toEqual([
			{ code: 'not-a-number', key: 'a.chips', given: 'Infinity', used: '8' }
		]);
	});
});

describe('chart settings in the link (frontier, bands, scale, scale.tables)', () => {
	const base = `v=1&m=${MODEL_VERSION}&a=gb200-nvl72&a.joined=16&b=cloudmatrix-384&b.joined=3&llm=deepseek-r1`;

	it('round-trips each setting as a readable word', () => {
		const view = {
			view: 'inference',
			frontier: 'usdPerMillionTokens',
			bands: true,
			scale: 'perChipEfficiency',
			scaleTables: true
		} as const;
		const query = encodeScenario(DEFAULT, view);
		expect(query).toBe(`${base}&view=inference&frontier=usd&bands=1&scale=eff&scale.tables=1`);
		const decoded = decodeScenario(query);
		expect(decoded.view).toEqual(view);
		expect(decoded.notices).toEqual([]);
		expect(decodeScenario(`${base}&frontier=mw`).view.frontier).toBe('tokensPerSPerMW');
	});

	it('writes no key for a setting at its default, only the others', () => {
		expect(
			encodeScenario(DEFAULT, {
				frontier: 'usdPerMillionTokens',
				bands: false,
				scale: 'tokensPerSPerChip',
				scaleTables: true
			})
		).toBe(`${base}&frontier=usd&scale.tables=1`);
		expect(
			encodeScenario(DEFAULT, { frontier: 'tokensPerSPerChip', bands: false, scaleTables: false })
		).toBe(base);
	});

	it('reads the default words as the defaults, without a notice', () => {
		const decoded = decodeScenario(`${base}&frontier=chip&bands=0&scale=abs&scale.tables=0`);
		expect(decoded.notices).toEqual([]);
		expect(decoded.view).toEqual({
			frontier: 'tokensPerSPerChip',
			bands: false,
			scale: 'tokensPerSPerChip',
			scaleTables: false
		});
	});

	it('says which value it refused and uses the default', () => {
		const decoded = decodeScenario(`${base}&frontier=eur&bands=yes&scale=best&scale.tables=on`);
		expect(decoded.notices).toEqual([
			{ code: 'unknown-choice', key: 'frontier', given: 'eur', used: 'chip' },
			{ code: 'unknown-choice', key: 'bands', given: 'yes', used: '0' },
			{ code: 'unknown-choice', key: 'scale', given: 'best', used: 'abs' },
			{ code: 'unknown-choice', key: 'scale.tables', given: 'on', used: '0' }
		]);
		expect(decoded.view).toEqual({
			frontier: 'tokensPerSPerChip',
			bands: false,
			scale: 'tokensPerSPerChip',
			scaleTables: false
		});
		expect(decoded.scenario).toEqual(DEFAULT);
	});

	it('reads a link of chart settings alone as a plain visit', () => {
		const decoded = decodeScenario('view=inference&frontier=usd&bands=1');
		expect(decoded.fromLink).toBe(false);
		expect(decoded.notices).toEqual([]);
		expect(decoded.view).toEqual({
			view: 'inference',
			frontier: 'usdPerMillionTokens',
			bands: true
		});
	});
});

describe('the what-if baseline in the link (base=1, base.<key>)', () => {
	const base = `v=1&m=${MODEL_VERSION}&a=gb200-nvl72&a.joined=16&b=cloudmatrix-384&b.joined=3&llm=deepseek-r1`;
	const edited = () => {
		const scenario = structuredClone(DEFAULT);
		scenario.systems[1]!.chips = 768;
		scenario.serving.modelId = 'kimi-k2';
		return normalizeScenario(scenario);
	};

	it('writes base=1 and only the keys the baseline holds otherwise, readable', () => {
		const now = edited();
		expect(encodeScenario(now, { view: 'inference' }, DEFAULT)).toBe(
			`v=1&m=${MODEL_VERSION}&a=gb200-nvl72&a.joined=16&b=cloudmatrix-384&b.chips=768&b.joined=3&llm=kimi-k2` +
				'&base=1&base.b.chips=&base.llm=deepseek-r1&view=inference'
		);
		// A baseline with nothing edited since: the marker alone.
		expect(encodeScenario(DEFAULT, {}, DEFAULT)).toBe(`${base}&base=1`);
		// No baseline: no key, so every link made before reads as it did.
		expect(encodeScenario(DEFAULT, {}, null)).toBe(base);
	});

	it('reads the baseline back, and a baseline equal to the scenario as the scenario', () => {
		const now = edited();
		const decoded = decodeScenario(encodeScenario(now, {}, DEFAULT));
		expect(decoded.notices).toEqual([]);
		expect(decoded.scenario).toEqual(now);
		expect(decoded.baseline).toEqual(DEFAULT);
		const same = decodeScenario(`${base}&base=1`);
		expect(same.baseline).toBe(same.scenario);
		expect(decodeScenario(base).baseline).toBeUndefined();
		expect(decodeScenario(`${base}&base=0`)).toEqual({ ...decodeScenario(base) });
	});

	it('gives a notice for a bad value and keeps a sensible state, never throwing', () => {
		const bad = decodeScenario(`${base}&base=yes&base.a.chips=9`);
		expect(bad.baseline).toBeUndefined();
		expect(bad.notices).toEqual([
			{ code: 'unknown-choice', key: 'base', given: 'yes', used: '0' },
			{ code: 'unknown-key', key: 'base.a.chips' }
		]);
		// A refused baseline value: its notice under its base. key, and the value a link with it
		// would have (the preset's); the rest of the baseline is read.
		const chips = decodeScenario(`${base}&b.chips=768&base=1&base.b.chips=lots&base.llm=kimi-k2`);
		expect(chips.scenario.systems[1]!.chips).toBe(768);
		expect(chips.baseline!.serving.modelId).toBe('kimi-k2');
		expect(chips.baseline!.systems[1]!.chips).toBe(384);
		expect(chips.notices.map((n) => n.key)).toEqual(['base.b.chips']);
		// What a baseline key changes beyond itself is said too, as the scenario's would be: 384 chips
		// cut to 1 take the preset's 384-chip domain down with them (helper-140: silently before).
		const cut = decodeScenario(`${base}&base=1&base.b.chips=-5`);
		expect(cut.baseline!.systems[1]!.chips).toBe(1);
		expect(cut.notices).toEqual([
			{ code: 'clamped', key: 'base.b.chips', given: '-5', used: '1', baseline: true },
			{ code: 'followed', key: 'base.b.domain', given: '384', used: '1', baseline: true }
		]);
		// The scenario's own keys, read again in the baseline, are said once: the scenario's.
		expect(
			decodeScenario(`${base}&b.chips=-5&nonsense=1&base=1&base.llm=kimi-k2`).notices.map(
				(n) => n.key
			)
		).toEqual(['b.chips', 'b.domain', 'nonsense']);
		// A baseline key the page does not know is said once, as a baseline key.
		expect(decodeScenario(`${base}&base=1&base.nonsense=1`).notices).toEqual([
			{ code: 'unknown-key', key: 'base.nonsense', baseline: true }
		]);
		for (const link of ['base=1', 'base=1&base.=', 'base.a=&base=1', `${base}&base=1&base.v=`])
			expect(() => decodeScenario(link)).not.toThrow();
		// A baseline of the baseline is no key of it: read once, said unknown.
		const nested = decodeScenario(
			`${base}&base=1&base.base=1&base.base.a.chips=9&base.llm=kimi-k2`
		);
		expect(nested.notices).toEqual([
			{ code: 'unknown-key', key: 'base.base' },
			{ code: 'unknown-key', key: 'base.base.a.chips' }
		]);
		expect(nested.baseline!.systems[0]!.chips).toBe(72);
	});

	it('reads a hostile baseline of 20,000 unknown keys: one notice for each, in link order', () => {
		// What it says, not how fast: no timed test here (a loaded machine fails one). `npm run bench`
		// times this decode, which must stay linear (a set, not a search, per key).
		const keys = Array.from({ length: 20_000 }, (_, i) => `k${i}`);
		const decoded = decodeScenario(
			`${base}&base=1&${keys.map((key) => `base.${key}=1`).join('&')}`
		);
		expect(decoded.notices).toEqual(
			keys.map((key) => ({ code: 'unknown-key', key: `base.${key}`, baseline: true }))
		);
		expect(decoded.baseline).toEqual(decoded.scenario);
	});

	it('says what an emptied base.a makes of the baseline, and nothing spurious (helper-148)', () => {
		// base.a= takes A out of the baseline, so its B is read as its A: the link's "b" (no base.b
		// in it), in the baseline's slot a ("read as “a”" alone named the scenario's A, helper-143).
		// The scenario's a.joined=16 is no key of the baseline's: "base.a.joined belongs to a system
		// that is not in the link" was untrue of both.
		const decoded = decodeScenario(`${base}&base=1&base.a=`);
		expect(decoded.scenario.systems.map((s) => s.presetId)).toEqual([
			'gb200-nvl72',
			'cloudmatrix-384'
		]);
		expect(decoded.baseline!.systems.map((s) => s.presetId)).toEqual(['cloudmatrix-384']);
		expect(decoded.notices).toEqual([
			{ code: 'moved-slot', key: 'b', used: 'base.a', baseline: true }
		]);
		// Every system taken out: the emptied slot is read as an empty "a=" is in the scenario (the
		// slot's preset, with a notice), not as the default comparison without a word.
		const page = decodeScenario('v=1&a=');
		expect(page.notices).toEqual([
			{ code: 'unknown-preset', key: 'a', given: '', used: 'gb200-nvl72' }
		]);
		for (const link of ['v=1&base=1&base.a=', 'v=1&a=gb200-nvl72&base=1&base.a=']) {
			const alone = decodeScenario(link);
			expect(alone.baseline!.systems).toEqual(page.scenario.systems);
			expect(alone.notices).toEqual([
				{ code: 'unknown-preset', key: 'base.a', given: '', used: 'gb200-nvl72', baseline: true }
			]);
		}
		// Both taken out: both slots read as empty, as "a=&b=" is.
		const both = decodeScenario(`${base}&base=1&base.a=&base.b=`);
		expect(both.baseline!.systems.map((s) => s.presetId)).toEqual([
			'gb200-nvl72',
			'cloudmatrix-384'
		]);
		expect(both.notices.map((n) => [n.key, n.given, n.used])).toEqual([
			['base.a', '', 'gb200-nvl72'],
			['base.b', '', 'cloudmatrix-384']
		]);
	});

	it('says a key of a system only the baseline has is the baseline’s, not ignored (helper-143)', () => {
		// No system c in the scenario, one in the baseline: c.chips sets the baseline's (and takes the
		// preset's 8-chip domain down to 4). "belongs to a system that is not in the link; ignored"
		// was untrue.
		const decoded = decodeScenario(`${base}&c.chips=4&base=1&base.c=hgx-h100`);
		expect(decoded.scenario.systems).toHaveLength(2);
		expect(decoded.baseline!.systems[2]!.chips).toBe(4);
		expect(decoded.notices).toEqual([
			{ code: 'baseline-only-key', key: 'c.chips' },
			{ code: 'followed', key: 'base.c.domain', given: '8', used: '4', baseline: true }
		]);
		// The baseline's own base.c.chips in its place: c.chips is read by neither.
		const own = decodeScenario(`${base}&c.chips=4&base=1&base.c=hgx-h100&base.c.chips=8`);
		expect(own.baseline!.systems[2]!.chips).toBe(8);
		expect(own.notices).toEqual([{ code: 'orphan-key', key: 'c.chips' }]);
		// A key no system has, beside the baseline's system c: unknown, once (helper-148: also "belongs
		// to a system that is not in the link", which the baseline's c is).
		expect(decodeScenario(`${base}&c.bogus=4&base=1&base.c=hgx-h100`).notices).toEqual([
			{ code: 'unknown-key', key: 'c.bogus' }
		]);
	});

	it('names a key the baseline reads from the link as the link writes it, not base. (helper-148)', () => {
		// The baseline's HGX H100 reads c.chips=abc: its notice had named "base.c.chips", a key the
		// link does not give.
		expect(decodeScenario(`${base}&c.chips=abc&base=1&base.c=hgx-h100`).notices).toEqual([
			{ code: 'baseline-only-key', key: 'c.chips' },
			{ code: 'not-a-number', key: 'c.chips', given: 'abc', used: '8', baseline: true }
		]);
		// Read by both, with another value used in each: each says its own; the repeated key's
		// "last value used" notice is dropped in both, the refusal saying more.
		for (const chips of ['b.chips=abc', 'b.chips=1&b.chips=abc'])
			expect(decodeScenario(`${base}&${chips}&base=1&base.b=hgx-h100`).notices).toEqual([
				{ code: 'not-a-number', key: 'b.chips', given: 'abc', used: '384' },
				{ code: 'not-a-number', key: 'b.chips', given: 'abc', used: '8', baseline: true }
			]);
	});

	it('says a model field only the baseline’s model has is the baseline’s, not unknown (helper-148)', () => {
		// The scenario's DeepSeek-R1 (MLA) has no KV heads to set, the baseline's Llama 3.3 does, and
		// reads llm.kv_heads=4: "unknown setting … ignored" was untrue.
		const systems = 'v=1&a=gb200-nvl72&b=cloudmatrix-384';
		const decoded = decodeScenario(`${systems}&llm.kv_heads=4&base=1&base.llm=llama-3.3-70b`);
		expect(decoded.scenario.serving.customModel).toBeNull();
		expect(decoded.baseline!.serving.customModel!.attention).toMatchObject({ kvHeads: 4 });
		expect(decoded.notices).toEqual([{ code: 'baseline-only-key', key: 'llm.kv_heads' }]);
		// What the baseline does with it is said too, under the key as the link writes it.
		expect(
			decodeScenario(`${systems}&llm.kv_heads=9999&base=1&base.llm=llama-3.3-70b`).notices
		).toEqual([
			{ code: 'baseline-only-key', key: 'llm.kv_heads' },
			{ code: 'adjusted', key: 'llm.kv_heads', given: '9999', used: '64', baseline: true }
		]);
		// The other way round: the scenario's Llama reads it, the baseline's DeepSeek has no such part.
		// The key is the scenario's; nothing is said of the baseline (had been "base.llm.kv_heads does
		// not apply", a key the link does not give).
		const other = decodeScenario(
			`${systems}&llm=llama-3.3-70b&llm.kv_heads=4&base=1&base.llm=deepseek-r1`
		);
		expect(other.scenario.serving.customModel!.attention).toMatchObject({ kvHeads: 4 });
		expect(other.baseline!.serving.customModel).toBeNull();
		expect(other.notices).toEqual([]);
		// Neither model has the part: said once, the scenario's.
		expect(decodeScenario(`${systems}&llm.kv_heads=4&base=1&base.llm=kimi-k2`).notices).toEqual([
			{ code: 'unknown-key', key: 'llm.kv_heads' }
		]);
	});

	it('says an alias only the baseline reads is the baseline’s, as its key would be (helper-155)', () => {
		// The one alias a link has: eff, basis's earlier name. Beside basis the scenario ignores it;
		// the baseline, whose basis is taken out, reads it. "eff was ignored: an earlier name of
		// basis" was untrue of the baseline.
		const decoded = decodeScenario(`${base}&eff=fp8&basis=bf16&base=1&base.basis=`);
		expect(decoded.scenario.efficiencyPrecision).toBe('bf16');
		expect(decoded.baseline!.efficiencyPrecision).toBe('fp8');
		expect(decoded.notices).toEqual([{ code: 'baseline-only-key', key: 'eff', used: 'basis' }]);
		// As the canonical key is: a setting the scenario cannot use and the baseline does.
		expect(decodeScenario(`${base}&llm.kv_heads=4&base=1&base.llm=llama-3.3-70b`).notices).toEqual([
			{ code: 'baseline-only-key', key: 'llm.kv_heads' }
		]);
		// Where the baseline reads basis too, both ignore eff: the scenario's notice, once.
		expect(decodeScenario(`${base}&eff=fp8&basis=bf16&base=1&base.a=hgx-h100`).notices).toEqual([
			{ code: 'old-key', key: 'eff', used: 'basis' }
		]);
		// The baseline's own alias beside the link's basis: the baseline's notice.
		expect(decodeScenario(`${base}&basis=bf16&base=1&base.eff=fp8`).notices).toEqual([
			{ code: 'old-key', key: 'base.eff', used: 'basis', baseline: true }
		]);
	});

	it('says a long baseline key apart from the scenario key it repeats (helper-143)', () => {
		// Both shorten to the same text ("xx…x1"): told apart by that text, the baseline's was taken
		// for the scenario's notice read again, and dropped.
		const long = `${'x'.repeat(60)}1`;
		const shown = `${'x'.repeat(30)}…${'x'.repeat(9)}1`;
		expect(decodeScenario(`${base}&${long}=1&base=1&base.${long}=1`).notices).toEqual([
			{ code: 'unknown-key', key: shown },
			{ code: 'unknown-key', key: `base.${'x'.repeat(25)}…${'x'.repeat(9)}1`, baseline: true }
		]);
		// Two long scenario keys alike when shortened, each read again in the baseline: said once each.
		const other = `${'x'.repeat(61)}1`;
		expect(decodeScenario(`${base}&${long}=1&${other}=1&base=1&base.llm=kimi-k2`).notices).toEqual([
			{ code: 'unknown-key', key: shown },
			{ code: 'unknown-key', key: shown }
		]);
	});

	it('takes no version or view key as the baseline’s: they are unknown keys (helper-140)', () => {
		// base.m=1 had said "this link was made with model version 1" and migrated the baseline
		// (speculative decoding off); base.frontier=bogus, "not a valid choice; chip was used".
		const decoded = decodeScenario(
			`${base}&base=1&base.m=1&base.v=99&base.view=training&base.lang=zh&base.frontier=bogus`
		);
		expect(decoded.notices).toEqual(
			['base.m', 'base.v', 'base.view', 'base.lang', 'base.frontier'].map((key) => ({
				code: 'unknown-key',
				key
			}))
		);
		expect(decoded.baseline).toBe(decoded.scenario);
		expect(decoded.view).toEqual({});
	});

	it('round-trips any baseline beside any scenario (fast-check)', () => {
		const presets = ['gb200-nvl72', 'cloudmatrix-384', 'hgx-h100', 'hgx-b200', 'gb300-nvl72'];
		const scenario = fc
			.record({
				systems: fc.array(
					fc.record({
						preset: fc.constantFrom(...presets),
						chips: fc.option(fc.integer({ min: 1, max: 2048 })),
						name: fc.option(fc.string({ maxLength: 12 }))
					}),
					{ minLength: 1, maxLength: 4 }
				),
				llm: fc.constantFrom('deepseek-r1', 'kimi-k2', 'llama-3.3-70b'),
				speed: fc.integer({ min: 5, max: 400 })
			})
			.map(({ systems, llm, speed }) => {
				const out = structuredClone(DEFAULT);
				out.systems = systems.map(({ preset, chips, name }) => {
					const spec = structuredClone(specFromPresetId(preset)!);
					if (chips !== null) spec.chips = chips;
					if (name !== null) spec.name = name;
					return spec;
				});
				out.serving = { ...out.serving, modelId: llm, targetUserTokensPerS: speed };
				// As a link gives it: what the page holds is a decoded link's scenario.
				return decodeScenario(encodeScenario(normalizeScenario(out))).scenario;
			});
		fc.assert(
			fc.property(scenario, scenario, (now, baseline) => {
				const decoded = decodeScenario(encodeScenario(now, { view: 'training' }, baseline));
				expect(decoded.notices).toEqual(decodeScenario(encodeScenario(now)).notices);
				expect(decoded.scenario).toEqual(now);
				expect(decoded.baseline).toEqual(baseline);
				expect(decoded.view).toEqual({ view: 'training' });
			}),
			{ numRuns: 100, seed: 136 }
		);
	});
});

describe('frontier.table in the link', () => {
	it('is written only when shown, read back, and a bad word is the default with a notice', () => {
		const base = `v=1&m=${MODEL_VERSION}&a=gb200-nvl72&a.joined=16&b=cloudmatrix-384&b.joined=3&llm=deepseek-r1`;
		expect(encodeScenario(DEFAULT, { frontierTable: true })).toBe(`${base}&frontier.table=1`);
		expect(encodeScenario(DEFAULT, { frontierTable: false })).toBe(base);
		expect(decodeScenario(`${base}&frontier.table=1`).view).toEqual({ frontierTable: true });
		const bad = decodeScenario(`${base}&frontier.table=open`);
		expect(bad.view).toEqual({ frontierTable: false });
		expect(bad.notices).toEqual([
			{ code: 'unknown-choice', key: 'frontier.table', given: 'open', used: '0' }
		]);
		expect(decodeScenario('frontier.table=1').fromLink).toBe(false);
	});
});
