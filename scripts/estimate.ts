/**
 * Print, as JSON, the numbers the page shows for a scenario link, computed by the same code.
 *   node scripts/estimate-cli.cjs '<share URL or query string>'   (or npm run -s estimate -- …)
 * Run through scripts/estimate-cli.cjs, which bundles this file into plain CommonJS once (and
 * again whenever a source is newer), so a call starts without compiling TypeScript. CommonJS has
 * no top-level await: the work is in main().
 */
import '../src/lib/catalog/all-systems.ts';
import { decodeScenario, encodeScenario } from '../src/lib/share/codec.ts';
import { buildReport } from '../src/lib/share/report.ts';
import type { Notice } from '../src/lib/share/notices.ts';
import { reportToJson } from '../src/lib/share/export.ts';
import { checkClaims } from '../src/lib/share/claims-check.ts';
import { claimsJson } from '../src/lib/share/claims-json.ts';
import { evaluate } from '../src/lib/model/evaluate.ts';
import { trainingJobs } from '../src/lib/model/operations.ts';
import { estimateTraining } from '../src/lib/model/training/estimate.ts';
import { buildValidationTable } from '../src/lib/content/validation.ts';
import { validationJson } from '../src/lib/content/validation-json.ts';
import { presetIndex } from '../src/lib/catalog/preset-index.ts';
import { LLM_PRESETS } from '../src/lib/catalog/llms.ts';

const HELP = `Usage: node scripts/estimate-cli.cjs [--strict] [<share URL or query string> | -]
       node scripts/estimate-cli.cjs --validate
       node scripts/estimate-cli.cjs --claims
       (npm run -s estimate -- <the same arguments> also works, slower by npm's own
       start-up)

Prints a JSON report of Rackscale's model estimates (not measurements) for a scenario link,
computed by the same code as the page. With no argument it uses the default scenario
(GB200 NVL72 vs CloudMatrix 384); with "-" it reads the link from standard input (for links
longer than a command line allows).

Options:
  --strict     exit 2 when the link produced notices, other than a value that followed one it
               set (the report is still printed)
  --validate   print the validation table (JSON, as npm run -s validate): the model against
               published measurements
  --claims     print the vendor claim checks (JSON, as the claims view's cards): each claim in
               its own scenario, its claimed and modelled ratios, and its verdict by the
               validation rule (within 1.25x agrees, within 2x near, beyond: disagrees)
  -h, --help   this text, with the preset and model ids a link may name

Exit status: 0 done; 2 an unknown option, input that is not a link, more than one link, "-"
with nothing on standard input, a link or --strict given with --validate or --claims (they
read no link), both of those together, or notices under --strict.
Notices are also listed on standard error (every one; under a failing --strict, those it
counts): a mistyped preset id is replaced by the slot's default, and the report alone would
not say so.

Output (SI units: FLOP/s, B, B/s, W, s, J; other units are named in the key, as energyMWh):
  modelVersion   version of the model's formulas and defaults
  note           reminder that these are model estimates
  query          the scenario as a canonical link query
  notices        parts of the link that were ignored or changed ({code, key, given, used})
  workload       the serving settings, the model's name, the efficiencies and operations used
  systems[]      name, preset, chips, status (shipping, announced, roadmap; null if custom),
                 topology: scaleUp {kind, domainChips, linksPerChip, linkBytesPerS},
                           scaleOut {kind, bytesPerSPerChip, oversubscription, hopLatencyS}
                 aggregate: denseFlopsPerS {fp4, fp8, int8, bf16} (absent where unsupported),
                            hbmBytes, hbmBytesPerS, scaleUpBytesPerS, scaleOutBytesPerS, powerW
                 efficiency: flopsPerSPerW, wattsPerFlopsPerS, hbmBytesPerFlop, ...
                 ratioToFirst: each metric ÷ the first system's
                 inference: status (and reason when not ok), frontier [{userTokensPerS,
                            chipTokensPerS, batch, layout, mode, bound}],
                            prefill {ttftS, chipTokensPerS}, atTarget (or null + atTargetReason),
                            ratioToFirstPerChip, ratioToFirstPerWatt (at the target);
                            prefill.ttftS is one prompt alone on the fastest layout (a floor);
                            the operating point's time to first token is atTarget.ttftS
                            speeds per user are means, and workload.serving's
                            targetUserTokensPerS is a 99th-percentile bound: the operating
                            point serves the mean it needs (1.2x the target at the default tail
                            ratio, so 50 tokens/s per user is served at a mean of 60)
                 training: layout, stepS, mfu, tokensPerS, timeToTrainS (and with failures),
                           chipHours, energyMWh, costUsd; withFailuresReason says why the
                           time with failures, energyMWh and costUsd are null (costUsd is
                           also null with no price per chip-hour)
                 energy: J per input/output token, tokens/s per MW of facility power
                         (null with energyReason: no serving point, and why)
                 envelope: the whole systems, chips, facility power, dense FLOP/s and
                           output tokens/s the facility power budget holds
                 reliability: interruptionsPerDay, mtbiS, checkpointIntervalS (null where a
                              write takes longer than any interval), goodput,
                              blastRadiusChips, the job's systems and chips, byKindPerDay,
                              dominantKind, components (parts per system)
                 cost: per chip-hour and per million tokens (illustrative defaults);
                       costReason says why it, or its per-token figures, are null

Examples:
  node scripts/estimate-cli.cjs
  node scripts/estimate-cli.cjs 'https://example.org/?v=1&a=gb200-nvl72&b=cloudmatrix-384&b.chips=400'
  node scripts/estimate-cli.cjs 'v=1&a=hgx-h100&b=hgx-b200'
  node scripts/estimate-cli.cjs --strict - < link.txt
`;

const FLAGS = new Set(['--strict', '--validate', '--claims', '--help', '-h']);

function fail(message: string): never {
	process.stderr.write(`estimate: ${message}\n`);
	process.exit(2);
}

/**
 * Print `text`, then exit once it has reached the kernel (then print `failure` and exit 2, if
 * given). `process.exit()` straight after a write cuts the output at 64 KiB when stdout is a pipe
 * whose reader lags (pipes are asynchronous on POSIX; the default report is 73 kB); exiting from
 * the write's callback also skips the event loop's last round (a pending GC task, ~7 ms).
 */
function printAndExit(text: string, failure?: string): void {
	process.stdout.write(text, (error) => {
		if (error) return; // EPIPE and the like: the 'error' handler below decides
		if (failure !== undefined) fail(failure);
		process.exit(0);
	});
}

/**
 * A link is an http(s) URL or a query of key=value pairs; anything else (a file: URL, a word) is
 * refused rather than read as the default scenario.
 */
/** Preset and model ids, for --help: a mistyped one is replaced by the slot's default. */
function idsHelp(): string {
	const wrap = (ids: string[]) =>
		ids
			.join(', ')
			.replace(/(.{1,92})(?:, |$)/g, '  $1,\n')
			.replace(/,\n$/, '\n');
	return `\nSystem presets (a=, b=, c=, d=):\n${wrap(presetIndex().map((p) => p.id))}\nModels (llm=):\n${wrap(LLM_PRESETS.map((m) => m.id))}`;
}

/**
 * The query the decoder reads. Spaces a paste carries around a link are not part of it ("helios "
 * is no preset: it became the slot's default), and a page's address without a query is the
 * default scenario (the whole address had been read as one unknown key).
 */
function queryOf(text: string): string {
	const trimmed = text.trim();
	if (!/^https?:/i.test(trimmed)) return trimmed;
	// A query after a hash ("https://x/#/?v=1…") is the decoder's to find, as it always was.
	return new URL(trimmed).search || (trimmed.includes('?') ? trimmed : '');
}

function isLink(text: string): boolean {
	const trimmed = text.trim();
	if (trimmed === '') return true;
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
	if (scheme === 'http' || scheme === 'https') return URL.canParse(trimmed);
	if (scheme !== undefined && !trimmed.includes('=')) return false;
	if (scheme !== undefined && trimmed.indexOf(':') < trimmed.indexOf('=')) return false;
	// Some pair has a value: "?x&v=1&a=hgx-h100" opens on the page (x is an unknown setting).
	return /^\??(?:[^\s=&?#]*&)*[^\s=&?#]+=/.test(trimmed.slice(Math.max(0, trimmed.indexOf('?'))));
}

async function readStdin(): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8').trim();
}

// `| head` closes the pipe early: stop quietly instead of printing an EPIPE stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') process.exit(0);
	throw error;
});

async function main(): Promise<void> {
	const args = process.argv.slice(2);
	const unknown = args.find((arg) => arg.startsWith('-') && arg !== '-' && !FLAGS.has(arg));
	if (unknown) fail(`unknown option ${unknown}. See --help.`);
	if (args.includes('--help') || args.includes('-h')) {
		printAndExit(`${HELP}${idsHelp()}`);
		return;
	}
	const inputs = args.filter((arg) => !FLAGS.has(arg));
	if (args.includes('--claims')) {
		// Each claim is checked in its own scenario, as on the claims view: a link has no say.
		if (inputs.length > 0 || args.includes('--validate') || args.includes('--strict'))
			fail('--claims takes no link, no --strict and no other table. See --help.');
		printAndExit(`${JSON.stringify(claimsJson(checkClaims()), null, 2)}\n`);
		return;
	}
	if (args.includes('--validate')) {
		// The table takes no link: one given with it would be silently ignored.
		if (inputs.length > 0 || args.includes('--strict'))
			fail('--validate takes no link and no --strict. See --help.');
		// The same JSON as `npm run -s validate`: rows, classes and the summary of /validation.
		printAndExit(`${JSON.stringify(validationJson(buildValidationTable()), null, 2)}\n`);
		return;
	}
	if (inputs.length > 1) fail('expected at most one link (quote the URL). See --help.');
	const input = inputs[0] === '-' ? await readStdin() : (inputs[0] ?? '');
	// No link at all means the default scenario; "-" promises one on standard input.
	if (inputs[0] === '-' && input === '') fail('"-" read no link from standard input.');
	if (!isLink(input))
		fail(`not a share link or query: ${JSON.stringify(input.slice(0, 80))}. See --help.`);

	const decoded = decodeScenario(queryOf(input));
	const evaluation = evaluate(decoded.scenario);
	const report = buildReport(
		evaluation,
		decoded.scenario,
		encodeScenario(decoded.scenario, decoded.view),
		decoded.notices,
		trainingJobs(decoded.scenario).map((job) => estimateTraining(job.system, job.settings))
	);
	// A value that followed one the link set (a.chips=36 lowers GB200 NVL72's domain to 36) is
	// reported, but it is not the link's mistake: --strict fails on what the link itself got wrong.
	const faults = decoded.notices.filter((n) => n.code !== 'followed');
	const strictFailure = args.includes('--strict') && faults.length > 0;
	const lines = (notices: Notice[]) =>
		notices
			.map(
				(n) =>
					`  ${n.code} ${n.key}${n.given === undefined ? '' : ` "${n.given}"`}${n.used === undefined ? '' : ` → ${n.used}`}`
			)
			.join('\n');
	const list = lines(faults);
	// Every notice the JSON holds, so the count agrees with "notices"; a followed value is still
	// worth seeing (a.chips=36 also moved the domain), though --strict does not count it.
	if (decoded.notices.length > 0 && !strictFailure)
		process.stderr.write(
			`estimate: note: the link produced ${decoded.notices.length} notice(s), listed in "notices":\n${lines(decoded.notices)}\n`
		);
	printAndExit(
		`${reportToJson(report)}\n`,
		strictFailure ? `the link produced ${faults.length} notice(s) (--strict):\n${list}` : undefined
	);
}

void main();
