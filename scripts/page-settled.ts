/**
 * True once what a person would see has arrived: the view's chunk (no "Loading this view…"), the
 * deferred chunks on the main page, the Chinese messages when the link asks for Chinese, and the
 * workers' answers (training, the inference view's frontier: nothing marked aria-busy). Runs in the page (pass it to waitForFunction): a function, not a
 * string, because the page's CSP forbids eval; it declares no inner functions, so tsx adds no
 * helpers the page lacks. Used by scripts/screenshots.ts and tests/e2e/visual.spec.ts.
 */
export const pageSettled = () => {
	const root = document.documentElement;
	const text = document.querySelector('main')?.textContent ?? '';
	const mainPage = document.querySelector('#results') !== null;
	const wantsChinese = new URL(location.href).searchParams.get('lang') === 'zh';
	return (
		root.dataset.ready === 'true' &&
		(!mainPage || root.dataset.prefetched === 'true') &&
		(!wantsChinese || root.lang === 'zh-CN') &&
		!document.querySelector('main .loading') &&
		!document.querySelector('main [aria-busy="true"]') &&
		!/omputing…|计算中|正在计算/.test(text)
	);
};
