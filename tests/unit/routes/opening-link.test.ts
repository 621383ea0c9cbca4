import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	OVERSIZED_LINK_CHARS,
	languageAddress,
	takeOpeningLink
} from '../../../src/routes/opening-link';

// src/app.html's first script, run against a stand-in address bar.
const appScript = readFileSync('src/app.html', 'utf8').match(/<script>([\s\S]*?)<\/script>/)![1]!;

function openWith(search: string) {
	const window: { __rackscaleOpeningLink?: string } = {};
	const location = { pathname: '/rackscale/', search, hash: '#results' };
	const history = {
		state: null,
		replaceState: vi.fn((_state: unknown, _title: string, url: string) => {
			location.search = '';
			return url;
		})
	};
	// The formatter warm-up it schedules after the first paint is not this test's concern.
	const requestAnimationFrame = vi.fn();
	new Function('window', 'location', 'history', 'requestAnimationFrame', appScript)(
		window,
		location,
		history,
		requestAnimationFrame
	);
	return { window, location, history };
}

describe('an oversized link leaves the address bar before the first request', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('moves a query over the limit out of the address bar, keeping the path and fragment', () => {
		const query = `?v=1&a=gb200-nvl72&${'junk=1&'.repeat(OVERSIZED_LINK_CHARS / 7)}`;
		const { window, history } = openWith(query);
		expect(window.__rackscaleOpeningLink).toBe(query);
		expect(history.replaceState).toHaveBeenCalledWith(null, '', '/rackscale/#results');
	});

	it('leaves a link of up to the limit where it is (longest the app writes: 3.8 kB)', () => {
		const query = `?${'x'.repeat(OVERSIZED_LINK_CHARS - 1)}`;
		const { window, history, location } = openWith(query);
		expect(window.__rackscaleOpeningLink).toBeUndefined();
		expect(history.replaceState).not.toHaveBeenCalled();
		expect(location.search).toBe(query);
		expect(openWith(`${query}x`).window.__rackscaleOpeningLink).toBe(`${query}x`);
	});

	it('gives the page the moved link once, then its own address', () => {
		vi.stubGlobal('window', { __rackscaleOpeningLink: '?v=1&junk=1' });
		vi.stubGlobal('location', { search: '?v=1&a=gb200-nvl72' });
		expect(takeOpeningLink()).toBe('?v=1&junk=1');
		expect(takeOpeningLink()).toBe('?v=1&a=gb200-nvl72');
	});
});

describe('/method and /validation after an oversized link', () => {
	const address = { pathname: '/method/', search: '', hash: '#fit' };
	it('write its language back, so a reload keeps it', () => {
		expect(languageAddress(`?lang=zh&${'junk=1&'.repeat(3000)}`, address)).toBe(
			'/method/?lang=zh#fit'
		);
	});
	it('write nothing when the link was not moved or named no language it knows', () => {
		expect(languageAddress('?lang=zh', { ...address, search: '?lang=zh' })).toBeNull();
		expect(languageAddress(`?${'junk=1&'.repeat(3000)}`, address)).toBeNull();
		expect(languageAddress(`?lang=fr&${'junk=1&'.repeat(3000)}`, address)).toBeNull();
	});
});
