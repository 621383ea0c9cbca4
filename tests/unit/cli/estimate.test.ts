import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { MODEL_VERSION } from '../../../src/lib/model/version';

// The CLI as a user runs it (bundled on demand by scripts/estimate-cli.cjs). Each call starts a
// Node process, so the timeouts are generous; its speed is measured by `npm run bench`, not here.
function estimate(args: string[], input?: string) {
	const run = spawnSync(process.execPath, ['scripts/estimate-cli.cjs', ...args], {
		input,
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024
	});
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run -s estimate', () => {
	// Build the bundle once, so the calls below do not race to write it.
	beforeAll(() => {
		expect(spawnSync(process.execPath, ['scripts/estimate-cli.cjs', '--build']).status).toBe(0);
	}, 120_000);

	it('exits 2 with a message on an unknown option', () => {
		const run = estimate(['--foo']);
		expect(run.status).toBe(2);
		expect(run.stderr).toContain('unknown option --foo');
		expect(run.stdout).toBe('');
	}, 120_000);

	it.each(['hello world', 'file:///etc/passwd', 'javascript:alert(1)'])(
		'exits 2 on input that is not a link: %s',
		(input) => {
			const run = estimate([input]);
			expect(run.status).toBe(2);
			expect(run.stderr).toContain('not a share link');
		},
		120_000
	);

	it('under --strict, exits 2 when the link produced notices, after printing the report', () => {
		const run = estimate(['--strict', 'v=1&a=gb200-nvl72&a.joined=none']);
		expect(run.status).toBe(2);
		expect(JSON.parse(run.stdout).notices).toHaveLength(1);
		expect(run.stderr).toContain('not-a-number a.joined');
		expect(estimate(['--strict', `v=1&m=${MODEL_VERSION}&a=gb200-nvl72`]).status).toBe(0);
		// 36 chips lower the preset's 72-chip domain: reported, but not the link's mistake.
		const followed = estimate(['--strict', `v=1&m=${MODEL_VERSION}&a=gb200-nvl72&a.chips=36`]);
		expect(JSON.parse(followed.stdout).notices).toEqual([
			{ code: 'followed', key: 'a.domain', given: '72', used: '36' }
		]);
		expect(followed.status).toBe(0);
		// Standard error lists it too, so its count agrees with the JSON's (helper-111: "2 notice(s)"
		// beside 3 in "notices").
		expect(followed.stderr).toContain('1 notice(s)');
		expect(followed.stderr).toContain('followed a.domain "72" → 36');
	}, 120_000);

	it('reads a pasted link with spaces around it, and a page address without a query (helper-95)', () => {
		// "helios " had been no preset: slot B became CloudMatrix 384, exit 0.
		const padded = estimate([' https://example.org/?v=1&a=hgx-h100&b=helios \n']);
		expect(padded.status).toBe(0);
		const report = JSON.parse(padded.stdout);
		expect(report.systems.map((s: { preset: string }) => s.preset)).toEqual(['hgx-h100', 'helios']);
		expect(report.notices).toEqual([]);
		// The whole address had been one unknown key, and --strict failed on it.
		const bare = estimate(['--strict', 'http://localhost:4173/']);
		expect(bare.status).toBe(0);
		expect(JSON.parse(bare.stdout).notices).toEqual([]);
	}, 120_000);

	it('lists notices on standard error without --strict, and the ids a link may name in --help', () => {
		// A mistyped id becomes the slot's default: the report says so in "notices", stderr too.
		const run = estimate(['v=1&a=mi355x']);
		expect(run.status).toBe(0);
		expect(run.stderr).toContain('unknown-preset a "mi355x" → gb200-nvl72');
		expect(estimate([`v=1&m=${MODEL_VERSION}&a=mi355x-8`]).stderr).toBe('');
		const help = estimate(['--help']).stdout;
		expect(help).toContain('mi355x-8');
		expect(help).toContain('qwen3-235b-a22b');
	}, 120_000);

	it('names a system as the page does in its warnings (helper-95: "HGX H100 (8 GPU)" on 72)', () => {
		const run = estimate([
			`v=1&m=${MODEL_VERSION}&a=hgx-h100&a.chips=72&a.domain=8&compute=fp4&weights=fp4`
		]);
		const [h100] = JSON.parse(run.stdout).systems;
		expect(h100.name).toBe('HGX H100 (72 GPU)');
		expect(h100.inference.warnings.join(' ')).toContain('HGX H100 (72 GPU) has no FP4 figure');
		expect(h100.inference.warnings.join(' ')).not.toContain('(8 GPU)');
	}, 120_000);

	it('refuses "-" when standard input holds no link, rather than run the default', () => {
		for (const empty of ['', '  \n']) {
			const run = estimate(['--strict', '-'], empty);
			expect(run.status).toBe(2);
			expect(run.stderr).toContain('read no link from standard input');
			expect(run.stdout).toBe('');
		}
	}, 120_000);

	it('reads a query whose first pair has no value, as the page opens it', () => {
		const run = estimate(['--strict', `?x&v=1&m=${MODEL_VERSION}&a=hgx-h100`]);
		// The page says "Unknown setting x was ignored": --strict fails on that notice, not on the link.
		expect(run.status).toBe(2);
		expect(JSON.parse(run.stdout).notices).toEqual([{ code: 'unknown-key', key: 'x' }]);
		expect(estimate(['?x']).status).toBe(2);
	}, 120_000);

	it('says why a run with a layout has no time with failures, energy or cost', () => {
		// 0.01 interruptions per accelerator-hour: failures come faster than a checkpoint.
		const run = estimate([`v=1&m=${MODEL_VERSION}&o.rate.acceleratorPerHour=0.01`]);
		const training = JSON.parse(run.stdout).systems[0].training;
		expect(training.status).toBe('ok');
		expect(training.timeToTrainWithFailuresS).toBeNull();
		expect(training.withFailuresReason).toMatch(/^Goodput is zero/);
		const healthy = JSON.parse(estimate([`v=1&m=${MODEL_VERSION}`]).stdout).systems[0].training;
		expect(healthy.withFailuresReason).toBeNull();
		expect(healthy.timeToTrainWithFailuresS).toBeGreaterThan(healthy.timeToTrainS);
	}, 120_000);

	it('gives a pinned layout that overflows HBM no time, energy or cost, and says why', () => {
		// DeepSeek-R1 over TP8 × PP9 without EP: 552 GB per 186 GB B200 (the embedding table included) (model-change.test.ts).
		const link = `v=1&m=${MODEL_VERSION}&a=gb200-nvl72&a.layout=tp8.pp9.ep1.dp1.mb16`;
		const training = JSON.parse(estimate([link]).stdout).systems[0].training;
		expect(training).toMatchObject({
			status: 'unavailable',
			reason:
				'The pinned layout needs 552 GB of HBM per chip and a chip has 186 GB: it cannot run. ' +
				'Add tensor or pipeline parallelism (or expert parallelism for a mixture of experts), ' +
				'shard with FSDP, or let the model choose the layout.',
			timeToTrainS: null,
			timeToTrainWithFailuresS: null,
			energyMWh: null,
			costUsd: null
		});
	}, 120_000);

	it('prints the whole training layout: pinned back from the JSON, it gives the same step', () => {
		// The default run interleaves 4 chunks per stage, which the JSON once left out (with CP,
		// FSDP and recompute): the layout it printed could not be pinned to the same run.
		const auto = JSON.parse(estimate([`v=1&m=${MODEL_VERSION}`]).stdout).systems[0].training;
		const l = auto.layout;
		expect(Object.keys(l)).toEqual([
			'tp',
			'cp',
			'pp',
			'ep',
			'dp',
			'microbatches',
			'virtualStages',
			'fsdp',
			'recompute',
			'source'
		]);
		const key =
			`tp${l.tp}.pp${l.pp}.ep${l.ep}.dp${l.dp}.mb${l.microbatches}` +
			(l.cp > 1 ? `.cp${l.cp}` : '') +
			(l.virtualStages > 1 ? `.vs${l.virtualStages}` : '') +
			(l.fsdp ? '.fsdp' : '');
		const link = `v=1&m=${MODEL_VERSION}&a=gb200-nvl72&a.joined=16&a.layout=${key}`;
		const pinned = JSON.parse(estimate([link]).stdout).systems[0].training;
		expect(pinned.layout).toEqual({ ...l, source: 'override' });
		expect(pinned.stepS).toBe(auto.stepS);
	}, 120_000);

	it('reads a link over 128 kB from standard input with "-"', () => {
		const long = `v=1&m=${MODEL_VERSION}&a=gb200-nvl72&a.name=${'x'.repeat(200_000)}`;
		const run = estimate(['-'], long);
		expect(run.status).toBe(0);
		const report = JSON.parse(run.stdout);
		expect(report.systems[0].name).toBe('x'.repeat(60));
		expect(report.notices.map((n: { key: string }) => n.key)).toEqual(['a.name']);
	}, 120_000);

	it('prints the validation table with --validate', () => {
		const run = estimate(['--validate']);
		expect(run.status).toBe(0);
		const table = JSON.parse(run.stdout);
		expect(table.rows.map((row: { id: string }) => row.id)).toContain('lmsys-96xh100-decode');
	}, 120_000);

	it('exits 2 when --validate is given a link, which it would ignore, or a table --strict', () => {
		const run = estimate(['--validate', 'v=1&a=hgx-h100']);
		expect(run.status).toBe(2);
		expect(run.stderr).toContain('--validate takes no link');
		expect(run.stdout).toBe('');
		// --strict judges a link's notices: with a table that reads none it was silently accepted.
		for (const table of ['--validate', '--claims']) {
			const strict = estimate([table, '--strict']);
			expect(strict.status).toBe(2);
			expect(strict.stderr).toContain('no --strict');
			expect(strict.stdout).toBe('');
		}
	}, 120_000);

	it('prints the claim checks with --claims, as the claims view’s cards', () => {
		const run = estimate(['--claims']);
		expect(run.status).toBe(0);
		const { claims, rule } = JSON.parse(run.stdout);
		expect(rule.classes.good).toBe('agrees: factor within 1.25');
		const huawei = claims.find((c: { id: string }) => c.id === 'huawei-beats-nvl72');
		// 384 × 780 ÷ (72 × 2,500) = 1.664 against the claimed 1.7: a factor of 1.02, agrees.
		expect(huawei).toMatchObject({
			claimed: 1.7,
			ratioOf: 'denseFlopsPerS.bf16',
			numerator: 'CloudMatrix 384',
			denominator: 'GB200 NVL72',
			verdict: { kind: 'compared', class: 'good', tone: 'agrees' }
		});
		expect(huawei.modelled).toBeCloseTo(1.664, 3);
		// The 30x claim: H100 (named with the claim's 72 GPUs) cannot reach 20 tokens/s per user.
		const nvidia = claims.find((c: { id: string }) => c.id === 'nvidia-30x');
		expect(nvidia.modelled).toBeNull();
		expect(nvidia.fastestCommonTarget.userTokensPerS).toBe(15.68);
		// Its 33.0x just under H100's limit is "good" at that speed only: named so, and not confirming.
		expect(nvidia.verdict).toMatchObject({
			kind: 'edge',
			tone: 'caveat',
			unreached: ['HGX H100 (72 GPU)'],
			nearEdge: 'fastest-only',
			classAtFastestCommonTarget: 'good'
		});
		expect(nvidia.verdict.class).toBeUndefined();
		const series = claims.find((c: { id: string }) => c.id === 'efficiency-by-design');
		expect(series.verdict).toMatchObject({ holds: 'falls_at_a_step', tone: 'disagrees' });
		expect(estimate(['--claims', 'v=1&a=hgx-h100']).status).toBe(2);
	}, 120_000);

	it('prints the same bytes when it runs from the code cache the previous call stored', () => {
		const link = 'v=1&a=hgx-h100&b=cloudmatrix-384&b.chips=400';
		// --build removes the code cache: the first call compiles and stores it, the second reads it.
		expect(spawnSync(process.execPath, ['scripts/estimate-cli.cjs', '--build']).status).toBe(0);
		const first = estimate([link]);
		const stored = readdirSync('node_modules/.cache/rackscale').filter((f) =>
			f.endsWith('code-cache')
		);
		expect(stored).toHaveLength(1);
		const second = estimate([link]);
		expect(first.status).toBe(0);
		expect(first.stdout.length).toBeGreaterThan(10_000);
		expect(second.stdout).toBe(first.stdout);
		expect(second.stderr).toBe('');
	}, 120_000);

	it('prints the whole report into a pipe whose reader lags before --strict exits 2', () => {
		// A pipe holds 64 KiB; the report is larger. Exiting straight after the write (the old
		// --strict path) left the rest unwritten: the reader, one second late, got 65,536 bytes.
		const link = 'v=1&a=gb200-nvl72&b=cloudmatrix-384&a.joined=none';
		const full = estimate([link]).stdout;
		expect(Buffer.byteLength(full)).toBeGreaterThan(65_536);
		const lagging = spawnSync(
			'sh',
			[
				'-c',
				'(node scripts/estimate-cli.cjs --strict "$0"; echo "exit $?" >&2) | (sleep 1; cat)',
				link
			],
			{ encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
		);
		expect(lagging.stdout).toBe(full);
		expect(lagging.stderr).toContain('not-a-number a.joined');
		expect(lagging.stderr).toContain('exit 2');
	}, 120_000);

	it('ends quietly when the reader stops early (| head)', () => {
		const run = spawnSync('sh', ['-c', 'node scripts/estimate-cli.cjs | head -c 10'], {
			encoding: 'utf8'
		});
		expect(run.status).toBe(0);
		expect(run.stderr).not.toContain('EPIPE');
	}, 120_000);
});
