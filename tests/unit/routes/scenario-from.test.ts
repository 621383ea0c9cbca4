import { describe, expect, it } from 'vitest';
import { scenarioFrom } from '../../../src/routes/scenario-from';

describe('scenarioFrom: what /method and /validation take back to the compare page', () => {
	const home = new URL('https://example.org/app/');
	const from = (path: string) => new URL(path, 'https://example.org');

	it('keeps the scenario in the page’s own query, without its lang', () => {
		expect(scenarioFrom('?v=1&a=hgx-h200&lang=zh', null, home)).toBe('v=1&a=hgx-h200');
	});

	it('else takes the one on the compare page the reader came from', () => {
		const came = from('/app/?v=1&a=hgx-h200&b=tpu7x-pod&o.pue=1.4&view=energy&lang=zh');
		expect(scenarioFrom('?lang=zh', came, home)).toBe(
			'v=1&a=hgx-h200&b=tpu7x-pod&o.pue=1.4&view=energy'
		);
		expect(scenarioFrom('', from('/app/index.html?v=1&a=hgx-h200'), home)).toBe('v=1&a=hgx-h200');
	});

	it('carries nothing from another page, another site, or a query that is no scenario', () => {
		expect(scenarioFrom('', from('/app/method/?v=1&a=hgx-h200'), home)).toBe('');
		expect(scenarioFrom('', new URL('https://elsewhere.example/app/?v=1&a=x'), home)).toBe('');
		expect(scenarioFrom('?lang=zh', from('/app/?lang=zh'), home)).toBe('');
		expect(scenarioFrom('?foo=1', null, home)).toBe('');
	});
});
