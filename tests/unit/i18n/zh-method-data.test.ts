import { describe, expect, it } from 'vitest';
import { methodServingView } from '../../../src/lib/content/method';
import { zhData } from '../../../src/lib/i18n/zh-data';
import { zhMethodData } from '../../../src/lib/i18n/zh-method-data';
import { digitRuns } from './data-prose';

/** Every English sentence from the data that /method's serving sections show (LatencyFit, ServingAssumptions). */
function methodPageDataProse(): string[] {
	const view = methodServingView();
	return [
		...new Set([
			...view.latencyFit.points.map((p) => p.label),
			...view.assumptions.map((row) => row.note),
			// A basis named beside the case numbers ("MLPerf rules"); a sheet reference ("specs.md
			// §11.2") reads the same in both languages.
			...view.assumptions.flatMap((row) =>
				row.cases.filter((c) => !/^(2026-)?\d+$/.test(c) && !/\.md\b/.test(c))
			)
		])
	];
}

describe('the Chinese for /method’s data prose (zh-method-data.ts)', () => {
	const prose = methodPageDataProse();

	it('translates every calibration point name and assumption basis the page shows', () => {
		// 14 fit points, 7 serving-latency bases, 11 efficiency bases.
		expect(prose.length).toBeGreaterThanOrEqual(30);
		expect(prose.filter((text) => !(text in zhMethodData || text in zhData))).toEqual([]);
	});

	it('holds no stale entry, and none the main page’s table (zh-data.ts) already has', () => {
		const current = new Set(prose);
		const keys = Object.keys(zhMethodData);
		expect(keys.filter((key) => !current.has(key))).toEqual([]);
		expect(keys.filter((key) => key in zhData)).toEqual([]);
	});

	it('writes every entry in Chinese, keeping the English numbers exactly', () => {
		const entries = Object.entries(zhMethodData);
		expect(entries.filter(([, chinese]) => !/[\u3400-\u9fff\uff08\uff0c]/.test(chinese))).toEqual(
			[]
		);
		const changed = entries.filter(
			([english, chinese]) => digitRuns(chinese).join(' ') !== digitRuns(english).join(' ')
		);
		expect(changed).toEqual([]);
	});
});
