/**
 * Print, as JSON, the numbers the page shows for a scenario link, computed by the same code.
 *   npm run -s estimate -- '<share URL or query string>'
 */
import '../src/lib/catalog/all-systems.ts';
import { decodeScenario, encodeScenario } from '../src/lib/share/codec.ts';
import { buildReport } from '../src/lib/share/report.ts';
import { evaluate } from '../src/lib/model/evaluate.ts';
import { trainingJobs } from '../src/lib/model/operations.ts';
import { estimateTraining } from '../src/lib/model/training/estimate.ts';

const HELP = `Usage: npm run -s estimate -- [<share URL or query string>]

Prints a JSON report of Rackscale's model estimates (not measurements) for a scenario link,
computed by the same code as the page. With no argument it uses the default scenario
(GB200 NVL72 vs CloudMatrix 384).

Output (SI units: FLOP/s, B, B/s, W):
  modelVersion   version of the model's formulas and defaults
  notices        parts of the link that were ignored or clamped ({code, key, given, used})
  systems[]      name, preset, chips, status (shipping, announced, roadmap; null if custom),
                 topology: scaleUp {kind, domainChips, linksPerChip, linkBytesPerS},
                           scaleOut {kind, bytesPerSPerChip, oversubscription, hopLatencyS}
                 aggregate: denseFlopsPerS {fp4, fp8, int8, bf16} (absent where unsupported),
                            hbmBytes, hbmBytesPerS, scaleUpBytesPerS, scaleOutBytesPerS, powerW
                 efficiency: flopsPerSPerW, wattsPerFlopsPerS, hbmBytesPerFlop, ...
                 ratioToFirst: each metric ÷ the first system's
                 inference: frontier [{userTokensPerS, chipTokensPerS, batch, layout, bound}],
                            prefill {ttftS, chipTokensPerS}, atTarget (or null + atTargetReason)
                 training: layout, stepS, mfu, tokensPerS, timeToTrainS (and with failures),
                           chipHours, energyMWh, costUsd
                 energy: J per input/output token, tokens/s per MW of facility power
                 reliability: interruptionsPerDay, mtbiS, checkpointIntervalS, goodput,
                              blastRadiusChips
                 cost: per chip-hour and per million tokens (illustrative defaults)

Examples:
  npm run -s estimate
  npm run -s estimate -- 'https://example.org/?v=1&a=gb200-nvl72&b=cloudmatrix-384&b.chips=400'
  npm run -s estimate -- 'v=1&a=hgx-h100&b=hgx-b200'
`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
	process.stdout.write(HELP);
	process.exit(0);
}
if (args.length > 1) {
	process.stderr.write('Expected at most one argument (quote the URL). See --help.\n');
	process.exit(2);
}

const decoded = decodeScenario(args[0] ?? '');
const evaluation = evaluate(decoded.scenario);
const report = buildReport(
	evaluation,
	decoded.scenario,
	encodeScenario(decoded.scenario, decoded.view),
	decoded.notices,
	trainingJobs(decoded.scenario).map((job) => estimateTraining(job.system, job.settings))
);
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
