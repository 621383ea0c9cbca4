import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Harness from './Harness.svelte';
import InferenceView from '../../src/lib/ui/inference/InferenceView.svelte';
import { formatDuration } from '../../src/lib/format/number';
import { evaluate } from '../../src/lib/model/evaluate';
import { normalizeScenario } from '../../src/lib/model/normalize';
import { defaultScenario } from '../../src/lib/model/scenario';

// jsdom has no ResizeObserver, which bind:clientWidth needs; the chart keeps its default width.
globalThis.ResizeObserver ??= class {
	observe() {}
	unobserve() {}
	disconnect() {}
} as unknown as typeof ResizeObserver;

const scenario = normalizeScenario(defaultScenario());
const evaluation = evaluate(scenario);

function setup(extra: Record<string, unknown> = {}) {
	render(Harness, {
		props: {
			component: InferenceView,
			props: {
				evaluation,
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

describe('the "at the target speed" table', () => {
	it('shows the operating point’s time to first token, as the CSV does, not one prompt alone', () => {
		setup();
		for (const [i, slot] of ['a', 'b'].entries()) {
			const r = evaluation.inference[i]!;
			if (r.kind !== 'ok' || !r.atTarget) throw new Error('both systems serve the default');
			// The default's prompts queue in a batched prefill pass: far slower than one alone.
			expect(r.atTarget.ttftS).toBeGreaterThan(10 * r.prefill.ttftS.value);
			expect(screen.getByTestId(`ttft-${slot}`).textContent).toBe(
				formatDuration(r.atTarget.ttftS, 'en')
			);
		}
	});
});
