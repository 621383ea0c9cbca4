import { beforeAll, describe, expect, it, vi } from 'vitest';

// The catalog's loaded state lives in the module: test files share a worker's modules (Vitest
// `isolate: false`), and another file may have loaded Chinese already. Import a fresh copy.
let i18n: typeof import('../../../src/lib/i18n');
beforeAll(async () => {
	vi.resetModules();
	i18n = await import('../../../src/lib/i18n');
});

describe('the Chinese catalog loads on demand', () => {
	it('falls back to English until loaded, then translates; loading twice shares one fetch', async () => {
		const { hasMessages, loadMessages, translate } = i18n;
		expect(hasMessages('en')).toBe(true);
		expect(hasMessages('zh')).toBe(false);
		expect(translate('zh', 'app.copyLink')).toBe('Copy link');
		const first = loadMessages('zh');
		expect(loadMessages('zh')).toBe(first);
		await first;
		expect(hasMessages('zh')).toBe(true);
		expect(translate('zh', 'app.copyLink')).not.toBe('Copy link');
		expect(translate('zh', 'app.copyLink')).toMatch(/[\u4e00-\u9fff]/);
	});

	it('brings the data’s Chinese with it; English data needs no table', async () => {
		const { loadMessages, translateData } = i18n;
		const note = 'GPU TDP.';
		expect(translateData('en', note)).toBeUndefined();
		await loadMessages('zh');
		expect(translateData('zh', note)).toMatch(/[\u4e00-\u9fff]/);
		expect(translateData('zh', 'Text no catalog carries')).toBeUndefined();
	});
});
