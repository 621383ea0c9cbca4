import { evaluateServing, type Evaluation } from '../model/evaluate';
import { activeParams } from '../model/llm';
import { kvBytesPerToken } from '../model/inference/shape';
import { BYTES_PER_VALUE, type Precision } from '../model/precision';
import {
	servingOperations,
	standingOperations,
	trainingJobs,
	trainingOperations
} from '../model/operations';
import { inFrontierMetric, type FrontierMetric } from '../model/frontier-metric';
import { TrainingRunner } from './training-runner.svelte';
import { ServingRunner } from './serving-runner.svelte';
import type { Comparison } from './comparison.svelte';
import { setRentalPrice } from './scenario-edits';
import { perComparison } from './per-comparison.svelte';
import { lineupOf } from './lineup';
import { keepUnchanged } from './keep-unchanged';
import { untrack } from 'svelte';

/**
 * Everything beyond the hardware table: LLM serving, energy and cost, reliability, and training
 * (in a worker). Kept apart from Comparison so that this model code ships with the views that
 * show it, not on first visit; one instance per comparison (estimatesOf), so the worker and its
 * answers survive switching tabs.
 */
export class Estimates {
	readonly #comparison: Comparison;
	/**
	 * Hardware rows, serving on each system and the comparison at the target, without the
	 * frontiers (Analysis has them from a worker): the summary, the at-target table and energy
	 * and cost read only the operating point. Computed here until the serving worker has loaded
	 * (the first render, prerendering, tests, a worker that cannot start), then by the worker on
	 * every change, the latest answer shown meanwhile (`servingUpdating`): it was the largest part
	 * of a slider's tick on the main thread.
	 */
	readonly evaluation: Evaluation<null>;
	/** The operating point at the target off the main thread, once its worker has loaded. */
	readonly servingRunner = new ServingRunner();
	/** Serving energy and cost, reliability and the power envelope: cheap, so on every tick. */
	readonly operations: ReturnType<typeof servingOperations>;
	/** Training answers from the worker (null until the first). */
	readonly runner = new TrainingRunner();
	/** The training run per system, as the worker receives it. */
	readonly #jobs: ReturnType<typeof trainingJobs>;
	/** Which systems, in which order: training answers for another line-up are not shown. */
	readonly #lineup: string;
	/** Headline facts about the served model, for the workload panel. */
	readonly modelFacts: {
		totalParams: number;
		activeParams: number;
		kvBytesPerToken: number;
		edited: boolean;
	};
	/** The worker's answers, when they belong to today's line-up of systems. */
	readonly trainingResults: TrainingRunner['results'];
	readonly trainingCurves: TrainingRunner['curves'];
	/** The precision each system trains in: the setting's, or the next wider float it has. */
	readonly trainingPrecisions: Precision[];
	/** Wall time with failures, facility energy and cost of each system's training run. */
	readonly trainingOps: (ReturnType<typeof trainingOperations> | null)[] | null;

	constructor(comparison: Comparison) {
		this.#comparison = comparison;
		const systems = $derived(comparison.systems);
		const servedByWorker = $derived(this.servingRunner.ready && !this.servingRunner.failed);
		// The hardware rows are the comparison's own; serving is the worker's latest answer while it
		// is for today's line-up (positions match); else, and before its first, the page's own. Reading the scenario only then, an answer in hand makes
		// a tick cost nothing here.
		this.evaluation = $derived.by(() => {
			const answer = servedByWorker ? this.servingRunner.answers.serving : undefined;
			const serving =
				answer && answer.lineup === this.#lineup
					? answer.serving
					: evaluateServing(comparison.scenario, { frontier: false });
			return { ...comparison.hardware, ...serving };
		});
		// What evaluateServing reads, each the same object while unchanged (reuse-unchanged.ts): the
		// systems, the workload and the efficiencies. A training or power setting asks nothing (a
		// price does: it is part of its system). Hazard: were serving to read another part of the
		// scenario, an edit of it would leave the last answer shown, unmarked; add it here.
		const servingSettings = $derived(comparison.serving);
		const efficiencies = $derived(comparison.efficiencies);
		$effect(() => {
			void [systems, servingSettings, efficiencies];
			if (servedByWorker) this.servingRunner.request(untrack(() => comparison.scenario));
			// Failed (a crash, an unreadable answer): a fresh worker, at once and after a further failure
			// on the next edit (serving-runner.ts); asked once it has loaded, the page computing till then.
			else untrack(() => this.servingRunner.restart());
		});
		// Through deriveds of the parts it reads: a workload slider's edit does not redo it, only the
		// operating point it brings.
		const operationSettings = $derived(comparison.operations);
		const efficiencyPrecision = $derived(comparison.efficiencyPrecision);
		// Reliability, components and prices apart: they move with the systems and the settings, not
		// with the serving point, so training's operations below are not redone on a workload tick.
		const standing = $derived(systems.map((spec) => standingOperations(spec, operationSettings)));
		this.operations = $derived(
			servingOperations(
				systems,
				standing,
				this.evaluation.inference,
				operationSettings,
				efficiencyPrecision
			)
		);
		// Rebuilt on every edit, but the same object while equal: a serving slider then neither
		// re-asks the worker for the same training runs nor marks training as updating.
		// Built from deriveds of the parts it reads: a workload slider's tick does not rebuild the
		// jobs and compare them (four system specs, deeply) at all.
		const keepJobs = keepUnchanged<ReturnType<typeof trainingJobs>>();
		const training = $derived(comparison.training);
		this.#jobs = $derived(keepJobs(trainingJobs({ systems, training, model: comparison.model })));
		this.trainingPrecisions = $derived(this.#jobs.map((job) => job.settings.precision));
		this.#lineup = $derived(lineupOf(systems));
		// Through deriveds of the parts it reads, so the facts (and the workload panel's text) are
		// not rebuilt while the workload's sliders move.
		const kvPrecision = $derived(comparison.serving.kvPrecision);
		const edited = $derived(comparison.serving.customModel !== null);
		this.modelFacts = $derived.by(() => {
			const model = comparison.model;
			return {
				totalParams: model.totalParams,
				activeParams: activeParams(model),
				kvBytesPerToken: kvBytesPerToken(model, BYTES_PER_VALUE[kvPrecision]),
				edited
			};
		});
		this.trainingResults = $derived(
			this.runner.lineup === this.#lineup ? this.runner.results : null
		);
		this.trainingCurves = $derived(this.runner.lineup === this.#lineup ? this.runner.curves : null);
		this.trainingOps = $derived.by(() => {
			const results = this.trainingResults;
			if (!results) return null;
			return results.map((result, i) => {
				const spec = systems[i];
				const ops = standing[i];
				return result && spec && ops
					? trainingOperations(spec, result, ops, operationSettings)
					: null;
			});
		});
		// Training runs in the worker (off the main thread) on every view, since the summary above
		// the results quotes it; the scale curves (about 250 ms of worker time) only for the view
		// that draws them.
		$effect(() => {
			this.runner.request(this.#jobs, comparison.view === 'training', this.#lineup);
		});
		comparison.onDispose(() => {
			this.runner.dispose();
			this.servingRunner.dispose();
		});
	}

	/**
	 * Start training's worker and serving's ahead of need (the page's idle prefetch); serving's then
	 * takes the operating point off the page. Settles when both have loaded or failed to.
	 */
	warm(): Promise<unknown> {
		return Promise.allSettled([this.runner.warm(), this.servingRunner.warm()]);
	}

	/**
	 * The training answers shown are for today's runs, not the last ones asked about before an
	 * undo, Back or a link put other settings in place (the summary takes a baseline's figures from
	 * the page only then).
	 */
	get trainingCurrent(): boolean {
		return this.runner.answeredAbout === this.#jobs;
	}

	/**
	 * A newer operating point is on its way from the worker: the one shown may be for earlier
	 * settings (or is the page's own, while the worker's first answer for these systems is awaited).
	 */
	get servingUpdating(): boolean {
		return this.servingRunner.pending;
	}

	/** How the inference view draws the frontier: the comparison's, so the link carries it. */
	get frontierMetric(): FrontierMetric {
		return this.#comparison.charts.frontier ?? 'tokensPerSPerChip';
	}
	set frontierMetric(frontier: FrontierMetric) {
		this.#comparison.setChart({ frontier });
	}

	/**
	 * Output tokens/s per chip of system `index` in the frontier's metric: as is, in USD per
	 * million output tokens at the system's cost per chip-hour, or in output tokens/s per
	 * facility MW. Null where the system has no price (or no such system).
	 */
	inFrontierMetric(index: number, chipTokensPerS: number): number | null {
		// As is, before reading the scenario: the chart's series read this for every frontier point,
		// and reading the scenario would re-map them all (and compare them) on every slider tick.
		if (this.frontierMetric === 'tokensPerSPerChip') return chipTokensPerS;
		const spec = this.#comparison.systems[index];
		if (!spec) return null;
		return inFrontierMetric(this.frontierMetric, chipTokensPerS, {
			costPerChipHourUsd: this.operations.systems[index]?.costPerChipHour?.value ?? null,
			allInPowerPerChipW: spec.allInPowerPerChipW,
			pue: this.#comparison.operations.pue
		});
	}

	/**
	 * Rent chosen before any price is entered. The page's own state, not the link's: a link says
	 * "rental" by carrying a price, and a system without one costs its ownership figure (the
	 * model's rule, costBasisFor), which the cost panel says beside the empty field. It holds for
	 * the scenario it was chosen on: opening another link (or Back, an import, a removal) ends it.
	 */
	#rentalChosenAt = $state(-1);

	/** Which price the cost panel edits: rental when chosen or when any system has a rental price. */
	get costMode(): 'rental' | 'ownership' {
		return this.#rentalChosenAt === this.#comparison.replacements ||
			this.#comparison.systems.some((s) => s.deployment?.pricePerChipHourUsd != null)
			? 'rental'
			: 'ownership';
	}

	/**
	 * Rental prices Own took out of the scenario, by slot with the system's name and preset, so Rent
	 * puts them back (a link in ownership mode carries none: a reader's prices were lost on a round
	 * trip). Only on the same scenario: another link or a removed system drops them rather than put
	 * a price on another system.
	 */
	#setAside: { name: string; presetId: string | null; price: number | null }[] = [];
	#setAsideAt = -1;

	/**
	 * Rent: the fields for a price per chip-hour, empty until the reader enters one (a price filled
	 * in from the ownership estimate read as theirs, and travelled in the link as if it were), or
	 * the prices Own set aside. Own: back to capex, setting every rental price aside.
	 */
	setCostMode(mode: 'rental' | 'ownership') {
		const now = this.#comparison.replacements;
		this.#rentalChosenAt = mode === 'rental' ? now : -1;
		const systems = this.#comparison.systems;
		if (mode === 'ownership') {
			this.#setAside = systems.map((s) => ({
				name: s.name,
				presetId: s.presetId,
				price: s.deployment?.pricePerChipHourUsd ?? null
			}));
			this.#setAsideAt = now;
			systems.forEach((_, i) => setRentalPrice(this.#comparison, i, null));
			return;
		}
		if (this.#setAsideAt === now)
			this.#setAside.forEach((kept, i) => {
				const s = systems[i];
				if (kept.price !== null && s && s.name === kept.name && s.presetId === kept.presetId)
					setRentalPrice(this.#comparison, i, kept.price);
			});
		this.#setAside = [];
	}
}

export const estimatesOf = perComparison((comparison) => new Estimates(comparison));
