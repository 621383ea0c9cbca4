import {
	chipTokensAtTarget,
	goalSeek,
	leverUpperBound,
	levers,
	perChipRatioAtTarget,
	tornado,
	type GoalSeekResult,
	type Lever,
	type Tornado
} from '../model/sensitivity';
import { untrack } from 'svelte';
import type { FrontierBand } from '../model/bands';
import { evidenceFor } from '../model/evidence';
import type { InferencePoint } from '../model/inference/types';
import { checkClaims, type ClaimCheck } from '../share/claims-check';
import type { Comparison } from './comparison.svelte';
import { FrontierRunner } from './frontier-runner.svelte';
import { perComparison } from './per-comparison.svelte';
import { lineupOf } from './lineup';
import { encodeScenario } from '../share/codec';

/**
 * What the inference and claims views add on top of a comparison: evidence and uncertainty
 * bands, sensitivity, goal-seek and claim checks. Kept apart from Comparison so that this code
 * ships with those views rather than on first visit; one instance per comparison (analysisOf),
 * so a tornado or the evidence toggle survives switching tabs.
 */
export class Analysis {
	readonly #comparison: Comparison;

	/**
	 * Draw uncertainty bands and matching measurements on the frontier (two extra sweeps each): the
	 * comparison's setting, so the link carries it (`bands=1`).
	 */
	get showEvidence(): boolean {
		return this.#comparison.charts.bands ?? false;
	}
	set showEvidence(bands: boolean) {
		this.#comparison.setChart({ bands });
	}
	/** The frontier sweeps (and the bands) run in a worker, only while the inference view is open. */
	readonly #frontierRunner = new FrontierRunner();
	/**
	 * Per system, its frontier (null where it serves nothing); null until the worker's first answer
	 * for this line-up of systems (the view says it is computing). After that the last answer stays
	 * while a newer one is on its way (`frontierUpdating`).
	 */
	readonly frontiers: (InferencePoint[] | null)[] | null;
	readonly bands: (FrontierBand | null)[] | null;
	readonly evidence: ReturnType<typeof evidenceFor>;

	constructor(comparison: Comparison) {
		this.#comparison = comparison;
		const scenario = () => comparison.scenario;
		const runner = this.#frontierRunner;
		const lineup = $derived(lineupOf(comparison.systems));
		const current = $derived(runner.lineup === lineup);
		this.frontiers = $derived(current ? (runner.answers.frontiers ?? null) : null);
		this.bands = $derived(this.showEvidence && current ? (runner.answers.bands ?? null) : null);
		// The evidence is the model at each measurement's own conditions (its preset, chips, lengths
		// and precisions): it moves only with the model served, the presets in the line-up and the
		// efficiencies. Keyed on those, a slider on a system's figures leaves it as it is (the
		// default comparison's 8 calibration runs cost ~6 ms, each tick otherwise).
		const evidenceKey = $derived.by(() => {
			const { serving, systems, efficiencies } = comparison;
			return JSON.stringify([serving.modelId, systems.map((s) => s.presetId), efficiencies]);
		});
		this.evidence = $derived.by(() => {
			const key = evidenceKey; // the one dependency besides the toggle: scenario is untracked
			return this.showEvidence && key ? untrack(() => evidenceFor(scenario())) : [];
		});
		$effect(() => {
			if (comparison.view === 'inference') runner.request(scenario(), this.showEvidence, lineup);
		});
		comparison.onDispose(() => runner.dispose());
	}

	/** A newer frontier is being computed: the one shown belongs to earlier settings. */
	get frontierUpdating(): boolean {
		return this.#frontierRunner.pending;
	}

	/** The frontier worker could not start (offline before it was fetched) or crashed. */
	get frontierFailed(): boolean {
		return this.#frontierRunner.failed;
	}

	/** Start the frontier worker ahead of need (the page's idle prefetch). */
	warm(): Promise<void> {
		return this.#frontierRunner.warm();
	}

	/** The last tornado computed, and the scenario's link it was computed for (to say when it is stale). */
	sensitivity = $state.raw<{ tornado: Tornado; query: string } | null>(null);

	/** The headline output: B ÷ A per chip at the target, or A's tokens/s per chip alone. */
	#headline() {
		return this.#comparison.systems.length > 1 ? perChipRatioAtTarget(1) : chipTokensAtTarget(0);
	}

	/** The tornado was worked out for another scenario (a chart setting or tab is no change). */
	get sensitivityStale(): boolean {
		return (
			this.sensitivity !== null &&
			this.sensitivity.query !== encodeScenario(this.#comparison.scenario)
		);
	}

	runSensitivity() {
		this.sensitivity = {
			tornado: tornado(this.#comparison.scenario, this.#headline()),
			query: encodeScenario(this.#comparison.scenario)
		};
	}

	get levers(): Lever[] {
		return levers(this.#comparison.scenario);
	}

	/** Per-chip figure system `index` needs (lever `leverId`) to reach `target` tokens/s per chip. */
	goalSeek(leverId: string, target: number): GoalSeekResult | null {
		const scenario = this.#comparison.scenario;
		const lever = levers(scenario).find((l) => l.id === leverId);
		if (!lever || lever.system === null || !Number.isFinite(target)) return null;
		return goalSeek(
			scenario,
			lever,
			chipTokensAtTarget(lever.system),
			target,
			leverUpperBound(lever)
		);
	}

	/** Set a lever to a value (goal-seek's "use this value"). */
	applyLever(leverId: string, value: number) {
		const scenario = this.#comparison.scenario;
		const lever = levers(scenario).find((l) => l.id === leverId);
		if (lever && Number.isFinite(value))
			this.#comparison.replaceScenario(lever.set(scenario, value));
	}

	/** Claim checks do not depend on the scenario: computed once, when first asked for. */
	get claims(): ClaimCheck[] {
		claims ??= checkClaims();
		return claims;
	}
}

let claims: ClaimCheck[] | null = null;

export const analysisOf = perComparison((comparison) => new Analysis(comparison));
