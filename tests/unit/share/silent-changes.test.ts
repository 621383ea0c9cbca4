import { describe, expect, it } from 'vitest';
import { MODEL_VERSION } from '../../../src/lib/model/version';
import { decodeScenario } from '../../../src/lib/share/codec';
import type { Notice } from '../../../src/lib/share/notices';

/** A link on the default systems (a = GB200 NVL72, b = CloudMatrix 384) with these keys added. */
const link = (extra: string) => `v=1&m=${MODEL_VERSION}&a=gb200-nvl72&b=cloudmatrix-384&${extra}`;

function noticesFor(extra: string): Notice[] {
	return decodeScenario(link(extra)).notices;
}

/** Exactly one notice for `key`, with what was given and what is used. */
function expectOneNotice(notices: Notice[], key: string, given: string, used: string) {
	const forKey = notices.filter((n) => n.key === key);
	expect(forKey, `notices for ${key}: ${JSON.stringify(notices)}`).toHaveLength(1);
	expect(forKey[0]).toMatchObject({ given, used });
}

// Every class of change the fuzzing of issue 15 found to be silent: each must now say so.
describe('nothing a link gives is changed or dropped without a notice', () => {
	// "none" means "unknown" only where a figure may be unknown (chip power, a precision's FLOPs,
	// prices); on any other number key it is not a number, and the preset or default value stays.
	it.each([
		['a.joined', '1'],
		['user_tps', '50'],
		['t.tokens_t', '15'],
		['o.pue', '1.2'],
		['e.compute', '0.6'],
		['llm.layers', '61'],
		['a.chips', '72'],
		['a.hbm_gb', '186'],
		['a.n_accel', '72'],
		['o.rate.acceleratorPerHour', null]
	])('"%s=none" is refused with a notice and the value in use', (key, used) => {
		const notices = noticesFor(`${key}=none`);
		expect(notices).toHaveLength(1);
		expect(notices[0]).toMatchObject({ code: 'not-a-number', key, given: 'none' });
		if (used !== null) expect(notices[0]!.used).toBe(used);
		expect(notices[0]!.used).toMatch(/^\d/);
	});

	it('"none" still means unknown where a figure may be unknown', () => {
		const decoded = decodeScenario(link('a.tdp_w=none&a.fp4_tflops=none&a.capex_usd=none'));
		expect(decoded.notices).toEqual([]);
		expect(decoded.scenario.systems[0]!.chipPowerW).toBeNull();
	});

	it('a top-k above the expert count is lowered to it (DeepSeek-R1 routes among 256)', () => {
		expectOneNotice(noticesFor('llm.top_k=1000'), 'llm.top_k', '1000', '256');
	});

	it('MoE layers above the layer count follow the layers, given or not', () => {
		const given = noticesFor('llm.layers=10&llm.moe_layers=50');
		expect(given).toHaveLength(1);
		expectOneNotice(given, 'llm.moe_layers', '50', '10');
		// DeepSeek-R1's 58 MoE layers cannot fit in 10 layers: the untouched key changes too.
		const implied = noticesFor('llm.layers=10');
		expect(implied).toHaveLength(1);
		expectOneNotice(implied, 'llm.moe_layers', '58', '10');
	});

	it('a zero in a training layout becomes one, with a notice', () => {
		const notices = noticesFor('a.layout=tp0.pp0.ep0.dp0.mb0');
		expect(notices).toHaveLength(1);
		expect(notices[0]).toMatchObject({
			key: 'a.layout',
			given: 'tp0.pp0.ep0.dp0.mb0',
			used: 'tp1.pp1.ep1.dp1.mb1'
		});
	});

	it('all-in power per chip is at least the chip power (10 W under a 10 kW chip)', () => {
		const notices = noticesFor('a.tdp_w=10000&a.allin_w=10');
		expect(notices).toHaveLength(1);
		expectOneNotice(notices, 'a.allin_w', '10', '10000');
	});

	it('a scale-up domain holds at most every chip, given or implied', () => {
		expectOneNotice(noticesFor('a.domain=500'), 'a.domain', '500', '72');
		const implied = noticesFor('a.chips=36');
		expect(implied).toHaveLength(1);
		expectOneNotice(implied, 'a.domain', '72', '36');
		// The link never set a.domain: the notice says the preset's value followed (not that the
		// reader wrote 72), while a domain the link gives is "adjusted".
		expect(implied[0]!.code).toBe('followed');
		expect(noticesFor('a.domain=500')[0]!.code).toBe('adjusted');
	});

	it('KV heads never outnumber query heads (Llama 3.3 70B has 64 query heads)', () => {
		const notices = decodeScenario(link('llm=llama-3.3-70b&llm.kv_heads=100')).notices;
		expect(notices).toHaveLength(1);
		expectOneNotice(notices, 'llm.kv_heads', '100', '64');
	});

	it('a system has at least one accelerator per chip (n_accel=0 on 72 chips)', () => {
		const notices = noticesFor('a.n_accel=0');
		expect(notices).toHaveLength(1);
		expectOneNotice(notices, 'a.n_accel', '0', '72');
	});

	it('a repeated key has one notice, and it tells what happened to the value read', () => {
		// The last value is unreadable: one notice, that one, not also "the last value was used".
		const unreadable = noticesFor('a.chips=36&a.chips=x');
		expect(unreadable.filter((n) => n.key === 'a.chips')).toEqual([
			{ code: 'not-a-number', key: 'a.chips', given: 'x', used: '72' }
		]);
		const readable = noticesFor('a.joined=2&a.joined=3');
		expect(readable).toEqual([{ code: 'duplicate-key', key: 'a.joined', used: '3' }]);
	});

	it('every notice from a link full of mistakes says what was given and what is used', () => {
		const notices = noticesFor(
			[
				'a.joined=none',
				'llm.top_k=1000',
				'a.layout=tp0.pp1.ep1.dp1.mb1',
				'a.allin_w=1',
				'b.domain=9999',
				'a.n_accel=0',
				'o.pue=99',
				'user_tps=abc'
			].join('&')
		);
		const keys = notices.map((n) => n.key);
		expect(new Set(keys).size).toBe(keys.length);
		expect(keys.sort()).toEqual(
			[
				'a.allin_w',
				'a.joined',
				'a.layout',
				'a.n_accel',
				'b.domain',
				'llm.top_k',
				'o.pue',
				'user_tps'
			].sort()
		);
		for (const notice of notices) {
			expect(notice.given, notice.key).toBeTruthy();
			expect(notice.used, notice.key).toBeTruthy();
		}
	});

	it.each(['NaN', 'abc', '12', ''])(
		'a model field the default model does not have is an unknown setting, whatever its value (%s)',
		(given) => {
			// DeepSeek-R1 has MLA attention: no kv_heads or head_dim to set. A number was already
			// an unknown setting; text used to be "not a number" with no value in use to name.
			for (const key of ['llm.kv_heads', 'llm.head_dim']) {
				const notices = noticesFor(`${key}=${given}`);
				expect(notices).toEqual([{ code: 'unknown-key', key }]);
			}
		}
	);

	it('reads a link with 20,000 unknown keys, one notice each, in one linear pass', () => {
		const keys = Array.from({ length: 20_000 }, (_, i) => `junk${i}=1`).join('&');
		const { notices } = decodeScenario(link(keys));
		expect(notices).toHaveLength(20_000);
		expect(notices.every((n) => n.code === 'unknown-key')).toBe(true);
	});
});

describe('a raw "?" inside a value', () => {
	it('stays in the value, in a query and in a full URL', () => {
		for (const input of [
			'v=1&a=gb200-nvl72&a.name=Why?&a.chips=36',
			'https://example.org/?v=1&a=gb200-nvl72&a.name=Why?&a.chips=36'
		]) {
			const { scenario, notices } = decodeScenario(input);
			expect(scenario.systems[0]!.name).toBe('Why?');
			expect(scenario.systems[0]!.chips).toBe(36);
			expect(notices.filter((n) => n.key !== 'a.domain')).toEqual([]);
		}
	});
});
