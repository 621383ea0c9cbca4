import { withoutLang } from '$lib/i18n/lang-query';

/**
 * The scenario /method or /validation takes back to the compare page (a link's query without
 * `lang`; '' for none): the one in this page's own query (`own`: its links carry it from page to
 * page), else the one on the compare page the reader came from (`came`: the page navigated from,
 * or the document's referrer, at `home`, this origin's compare page). Only a scenario (`v=`):
 * "Compare systems" had opened the default comparison, the reader's systems gone.
 */
export function scenarioFrom(own: string, came: URL | null, home: URL): string {
	const scenario = (query: string) => {
		const rest = withoutLang(query);
		return new URLSearchParams(rest).has('v') ? rest : '';
	};
	const mine = scenario(own);
	// A plain file server may show the compare page as …/index.html.
	const atHome =
		came?.origin === home.origin &&
		(came.pathname === home.pathname || came.pathname === `${home.pathname}index.html`);
	return mine || !atHome ? mine : scenario(came.search);
}
