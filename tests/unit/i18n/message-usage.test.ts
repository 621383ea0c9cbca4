import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { enShare } from '../../../src/lib/i18n/en-share';
import { enBound } from '../../../src/lib/i18n/en-bound';
import { en } from '../../../src/lib/i18n/en';
import { enInference } from '../../../src/lib/i18n/en-inference';
import { enTraining } from '../../../src/lib/i18n/en-training';
import { enSummary } from '../../../src/lib/i18n/en-summary';
import { enDiff } from '../../../src/lib/i18n/en-diff';
import { enValidation } from '../../../src/lib/i18n/en-validation';
import { enTopologyView } from '../../../src/lib/i18n/en-topology-view';
import { enSaved } from '../../../src/lib/i18n/en-saved';
import { enImport } from '../../../src/lib/i18n/en-import';
import { enModelChange } from '../../../src/lib/i18n/en-model-change';
import { enNotices } from '../../../src/lib/i18n/en-notices';
import { enSources } from '../../../src/lib/i18n/en-sources';

/*
 * Which messages the code names, read from the source. Two hazards: the inference/claims and
 * training/energy/reliability messages register themselves when a module imports
 * i18n/inference-messages.ts or training-messages.ts, so a component that shows one of those keys
 * without that import renders the bare key whenever it is the first to load; and a message that
 * nothing shows any more is dead text that still ships and still needs translating.
 */

const VIEW_CATALOGS = [
	{ module: 'inference-messages', keys: Object.keys(enInference) },
	{ module: 'training-messages', keys: Object.keys(enTraining) },
	{ module: 'diff-messages', keys: Object.keys(enDiff) },
	{ module: 'topology-messages', keys: Object.keys(enTopologyView) },
	{ module: 'summary-messages', keys: Object.keys(enSummary) },
	{ module: 'saved-messages', keys: Object.keys(enSaved) },
	{ module: 'model-change-messages', keys: Object.keys(enModelChange) },
	{ module: 'notice-messages', keys: Object.keys(enNotices) },
	{ module: 'chart-messages', keys: Object.keys(enShare) },
	{ module: 'bound-messages', keys: Object.keys(enBound) },
	{ module: 'sources-messages', keys: Object.keys(enSources) }
];
const ALL_KEYS = [
	...Object.keys(en),
	...Object.keys(enValidation),
	...VIEW_CATALOGS.flatMap((c) => c.keys),
	// Registered by the import's reader (state/import-scenario.ts), not by the menu that shows them:
	// the menu is on the first visit, and it shows them only once that reader has run.
	...Object.keys(enImport)
];

function* sourceFiles(dir: string): Generator<string> {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* sourceFiles(path);
		else if (/\.(svelte|ts)$/.test(entry.name)) yield path;
	}
}

/** Keys a file names: quoted whole keys, and template prefixes (`llmField.${key}`) as every key they can make. */
function keysUsed(source: string): string[] {
	const whole = [...source.matchAll(/['"`]([a-zA-Z]+(?:\.[\w-]+)+)['"`]/g)].map((m) => m[1]!);
	const prefixes = [...source.matchAll(/`([a-zA-Z]+(?:\.[\w]+)*\.)\$\{/g)].map((m) => m[1]!);
	return [
		...whole.filter((key) => ALL_KEYS.includes(key)),
		...prefixes.flatMap((p) => ALL_KEYS.filter((key) => key.startsWith(p)))
	];
}

describe('view catalogs', () => {
	it('are imported by every component that shows one of their messages', () => {
		const missing: string[] = [];
		for (const file of [...sourceFiles('src/lib/ui'), ...sourceFiles('src/routes')]) {
			const source = readFileSync(file, 'utf8');
			const used = keysUsed(source);
			for (const { module, keys } of VIEW_CATALOGS) {
				const needed = used.filter((key) => keys.includes(key) && !(key in en));
				if (needed.length > 0 && !source.includes(`i18n/${module}`))
					missing.push(`${file} needs ${module} for ${needed[0]}`);
			}
		}
		expect(missing).toEqual([]);
	});

	it('an import’s result is registered by the import’s reader', () => {
		expect(readFileSync('src/lib/state/import-scenario.ts', 'utf8')).toContain(
			"import '../i18n/import-messages';"
		);
	});

	it('sees the keys components use (the scan is not blind)', () => {
		const source = readFileSync('src/lib/ui/inference/WorkloadPanel.svelte', 'utf8');
		expect(keysUsed(source).filter((key) => key in enInference).length).toBeGreaterThan(5);
	});
});

describe('message catalogs', () => {
	it('hold no message that nothing shows', () => {
		const files = [...sourceFiles('src')].filter((file) => !file.includes('/i18n/'));
		const used = new Set(files.flatMap((file) => keysUsed(readFileSync(file, 'utf8'))));
		expect(ALL_KEYS.filter((key) => !used.has(key))).toEqual([]);
	});
});
