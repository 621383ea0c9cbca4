import { render } from '@testing-library/svelte';
import Harness from './Harness.svelte';
import InferenceView from '../../src/lib/ui/inference/InferenceView.svelte';
import type { Locale } from '../../src/lib/i18n';
import { evaluate } from '../../src/lib/model/evaluate';
import { normalizeScenario } from '../../src/lib/model/normalize';
import { defaultScenario } from '../../src/lib/model/scenario';

// jsdom has no ResizeObserver, which bind:clientWidth needs; the chart keeps its default width.
globalThis.ResizeObserver ??= class {
	observe() {}
	unobserve() {}
	disconnect() {}
} as unknown as typeof ResizeObserver;

/** The default scenario, evaluated, as the inference view tests read it. */
export const scenario = normalizeScenario(defaultScenario());
export const evaluation = evaluate(scenario);

/** The inference view of the default scenario, with the worker's frontiers already in. */
export function renderInferenceView(locale: Locale = 'en', extra: Record<string, unknown> = {}) {
	return render(Harness, {
		props: {
			component: InferenceView,
			locale,
			props: {
				evaluation,
				// The worker's answer, as the inference tab passes it on.
				frontiers: evaluation.inference.map((r) => (r.kind === 'ok' ? r.frontier : null)),
				slots: ['a', 'b'],
				target: scenario.serving.targetUserTokensPerS,
				showEvidence: false,
				bands: null,
				evidence: [],
				onevidence: () => {},
				...extra
			}
		}
	});
}
