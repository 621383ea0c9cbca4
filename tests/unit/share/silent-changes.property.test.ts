import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MODEL_VERSION } from '../../../src/lib/model/version';
import { decodeScenario, encodeScenario } from '../../../src/lib/share/codec';

const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);

/**
 * Without the decoder's old before/after re-encoding, every change must come from a decoder that
 * says so. Random links over every kind of key with values inside, at and past the limits, words,
 * `none` and junk: wherever the link written back gives a key another value than the link did,
 * that key has a notice.
 */
const KEYS = [
	'a.chips',
	'a.hbm_gb',
	'a.domain',
	'a.tdp_w',
	'a.allin_w',
	'a.fp8_tflops',
	'a.int8_tflops',
	'a.name',
	'a.serve_prec',
	'a.joined',
	'a.layout',
	'a.n_accel',
	'a.n_optics',
	'a.capex_usd',
	'a.sw',
	'b.chips',
	'b.domain',
	'b.usd_chip_h',
	'basis',
	'eff',
	'llm',
	'llm.name',
	'llm.layers',
	'llm.top_k',
	'llm.experts',
	'llm.moe_layers',
	'llm.kv_heads',
	'llm.q_heads',
	'in_tokens',
	'user_tps',
	'accepted',
	'weights',
	'compute',
	'serve',
	'e.compute',
	'e.up_lat_us',
	't.batch_tokens',
	't.seq',
	't.prec',
	'o.pue',
	'o.frac.accelerator'
];
const VALUES = [
	'-1',
	'0',
	'0.5',
	'1',
	'2.5',
	'7',
	'61',
	'300',
	'1000',
	'4096',
	'1e9',
	'1e30',
	'none',
	'abc',
	'',
	'fp8',
	'int8',
	'bf16',
	'auto',
	'tp0.pp2.ep1.dp1.mb3',
	'tp4.pp1.ep1.dp2.mb2.5',
	'llama-3.3-70b',
	'%01x',
	'GB200 NVL72'
];

const sameValue = (a: string, b: string) =>
	a === b || (a.trim() !== '' && b.trim() !== '' && Number(a) === Number(b));

describe('no silent change (issue 15 item 5), by fuzzing', () => {
	it(`${RUNS} random links: every key whose value changes on the way back has a notice`, () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...VALUES)), {
					minLength: 1,
					maxLength: 6
				}),
				(pairs) => {
					const given = new URLSearchParams(
						`v=1&m=${MODEL_VERSION}&a=gb200-nvl72&b=cloudmatrix-384`
					);
					for (const [key, text] of pairs) given.append(key, decodeURIComponent(text));
					const decoded = decodeScenario(given.toString());
					const back = new URLSearchParams(encodeScenario(decoded.scenario));
					const noticed = new Set(decoded.notices.map((n) => n.key));
					for (const key of new Set(pairs.map(([k]) => k))) {
						const wrote = back.get(key === 'eff' ? 'basis' : key);
						const gave = given.getAll(key).at(-1)!;
						// Left out: the value in use is the default (or the preset's); a change to it
						// from something else is a refusal, which always has a notice.
						if (wrote === null) continue;
						if (!sameValue(gave, wrote))
							expect(noticed, `${key}=${gave} -> ${wrote}`).toContain(key);
					}
				}
			),
			{ numRuns: RUNS, seed: 15 }
		);
	});
});
