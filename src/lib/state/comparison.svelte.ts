import { clamp } from '../model/bounds';
import { flopsInput, systemInput } from '../inputs/system';
import { evaluateHardware } from '../model/evaluate-hardware';
import {
	cleanName,
	normalizeScenario,
	normalizeServingSettings,
	normalizeSystem
} from '../model/normalize';
import {
	DEFAULT_DEPLOYMENT,
	type Deployment,
	type Operations,
	type TrainingScenario
} from '../model/deployment';
import { SERVING_PRECISIONS, type Precision } from '../model/precision';
import { normalizeOperations } from '../inputs/operations';
import { normalizeTraining } from '../inputs/training';
import { normalizeEfficiencyInputs } from '../inputs/workload';
import { findLlmPreset } from '../catalog/llms';
import type { LlmSpec } from '../model/llm';
import type { ServingSettings } from '../model/inference/serving';
import type { Efficiencies } from '../model/inference/efficiencies';
import {
	MAX_SYSTEMS,
	defaultScenario,
	specFromPreset,
	specFromPresetId,
	type Scenario
} from '../model/scenario';
import { SYSTEM_PRESETS } from '../catalog/systems';
import type { SystemNumberField, SystemSpec } from '../model/system';
import {
	decodeScenario,
	encodeScenario,
	type ChartSettings,
	type Decoded,
	type View,
	type ViewSettings
} from '../share/codec';
import type { Notice } from '../share/notices';
import type { TrainingResult } from '../model/training/estimate';
import type { Report } from '../share/report';
import { isLocale, type Locale } from '../i18n';
import { reuseUnchanged } from './reuse-unchanged';
import type { ImportResult } from './import-scenario';

/** The scale-up domain of a system's preset; none for a custom system. */
function presetDomain(spec: SystemSpec): number | undefined {
	return spec.presetId ? specFromPresetId(spec.presetId)?.scaleUpDomainChips : undefined;
}

/**
 * The scale-up domain a system asks for when an edit changes its chips (normalizeSystem then caps
 * it at the new chips), from the system as it was and nothing else: the same link plus the same
 * edit gives the same domain after a reload, for the link's recipient, and after undo and redo
 * (a memory of the domain before a drag, kept by the page, gave each of them another). A domain
 * equal to the chips was following them, as one pulled down by fewer chips is: it goes back up to
 * its preset's domain (GB200 NVL72 72 -> 36 -> 144 chips: 72) but never below what it was (a larger
 * domain the reader typed stays). A domain below the chips (the preset's own, or typed), or a
 * custom system's, which has no preset to go back to, stays as it was.
 */
function domainForChips(spec: SystemSpec): number {
	const domain = spec.scaleUpDomainChips;
	return domain === spec.chips ? Math.max(domain, presetDomain(spec) ?? domain) : domain;
}

/** How replaceSection normalises each section it takes, as normalizeScenario does. */
const SECTION_NORMALIZERS: {
	[K in 'serving' | 'efficiencies' | 'training' | 'operations']: (
		value: Scenario[K]
	) => Scenario[K];
} = {
	serving: normalizeServingSettings,
	efficiencies: normalizeEfficiencyInputs,
	training: normalizeTraining,
	operations: normalizeOperations
};

/** Value of the preset picker that turns a system into a custom one. */
export const CUSTOM = 'custom';

/**
 * The one place the model meets the UI: the scenario as state, the evaluation derived from it,
 * and the link derived from both. Components read getters and call methods (the lazily loaded
 * views' edits are functions over two of them: scenario-edits.ts); no model math here.
 */
export class Comparison {
	// Replaced wholesale on every edit, so a raw (non-proxied) object is enough and cheaper.
	#current = $state.raw<Scenario>(normalizeScenario(defaultScenario()));
	/**
	 * Each part of the scenario as its own state besides the whole, set only when that part
	 * changes. A reader of one part (`comparison.systems`, `comparison.serving`, …) depends on it
	 * alone, so a workload slider's tick does not reach what reads the systems. Svelte marks every
	 * path below a changed source, without stopping at deriveds that will turn out unchanged: read
	 * through the whole scenario, one serving tick marked ~4,100 paths to 610 reactions
	 * (2026-12-08), and each marked effect then checked its dependencies again.
	 */
	#systemsPart = $state.raw(this.#current.systems);
	#efficiencyPrecisionPart = $state.raw(this.#current.efficiencyPrecision);
	#servingPart = $state.raw(this.#current.serving);
	#efficienciesPart = $state.raw(this.#current.efficiencies);
	#trainingPart = $state.raw(this.#current.training);
	#operationsPart = $state.raw(this.#current.operations);
	// The model served, apart from the rest of the workload: what reads the model (its facts, the
	// training jobs, the evidence) is not reached by a workload slider's tick.
	#modelIdPart = $state.raw(this.#current.serving.modelId);
	#customModelPart = $state.raw(this.#current.serving.customModel);
	get #scenario(): Scenario {
		return this.#current;
	}
	/**
	 * Every edit builds a new scenario (normalising it rebuilds every system); keep the parts that
	 * did not change as they were, so a slider in one place does not make every system's panel,
	 * the sources list and whatever else reads an untouched part redo its work.
	 */
	set #scenario(next: Scenario) {
		const current = reuseUnchanged(this.#current, next);
		this.#current = current;
		// A raw state set to the value it holds is no change: only the edited parts notify.
		this.#systemsPart = current.systems;
		this.#efficiencyPrecisionPart = current.efficiencyPrecision;
		this.#servingPart = current.serving;
		this.#efficienciesPart = current.efficiencies;
		this.#trainingPart = current.training;
		this.#operationsPart = current.operations;
		this.#modelIdPart = current.serving.modelId;
		this.#customModelPart = current.serving.customModel;
	}
	/** The systems alone: unchanged (the same array) while only workload or other settings move. */
	get systems(): SystemSpec[] {
		return this.#systemsPart;
	}
	/** The workload and how it is served, alone (see `systems`). */
	get serving(): ServingSettings {
		return this.#servingPart;
	}
	/** The precision of the hardware view's efficiency rows, alone (see `systems`). */
	get efficiencyPrecision(): Precision {
		return this.#efficiencyPrecisionPart;
	}
	/** The global achieved-efficiency assumptions, alone (see `systems`). */
	get efficiencies(): Efficiencies {
		return this.#efficienciesPart;
	}
	/** The training run, alone (see `systems`). */
	get training(): TrainingScenario {
		return this.#trainingPart;
	}
	/** Facility, cost and failure assumptions, alone (see `systems`). */
	get operations(): Operations {
		return this.#operationsPart;
	}
	#locale = $state<Locale>('en');
	/** Whether the language came from a link (and so belongs in the link we write back). */
	#localeInLink = $state(false);
	#notices = $state.raw<Notice[]>([]);
	#view = $state<View>('hardware');
	/** How the charts read: in the link as `view` is, and like it no undo step. */
	#charts = $state.raw<ChartSettings>({});
	/**
	 * The summary's "what if" baseline: in the link (`base=1`, `base.*`); taking or dropping it is
	 * an undo step (takeBaseline, history.svelte.ts).
	 */
	#baseline = $state.raw<Scenario | null>(null);

	/**
	 * The hardware table (aggregates, efficiencies, ratios); the rest lives in state/estimates. It
	 * reads only the systems and the efficiency precision, so a workload slider's tick (a new
	 * scenario with the same systems) does not work it out again, nor re-word the summary's rows.
	 */
	// Private deriveds behind getters, here and below: a public one compiles with a setter too.
	#hardware = $derived(
		evaluateHardware({
			systems: this.#systemsPart,
			efficiencyPrecision: this.#efficiencyPrecisionPart
		})
	);
	get hardware() {
		return this.#hardware;
	}
	/** Each slot's preset as the catalog gives it, to mark edited fields and reset them. */
	// specFromPresetId returns one frozen object per preset, so an unchanged preset is an unchanged prop.
	#presetSpecs = $derived(
		this.#systemsPart.map((spec) => (spec.presetId ? specFromPresetId(spec.presetId) : undefined))
	);
	get presetSpecs() {
		return this.#presetSpecs;
	}
	#query = $derived(
		encodeScenario(
			this.#scenario,
			{
				view: this.#view,
				...this.#charts,
				...(this.#localeInLink ? { lang: this.#locale } : {})
			} satisfies ViewSettings,
			this.#baseline
		)
	);
	get query() {
		return this.#query;
	}

	/** What `query` is made of, read without encoding it: changes whenever the link may change. */
	get linkParts(): readonly unknown[] {
		return [
			this.#scenario,
			this.#view,
			this.#charts,
			this.#baseline,
			this.#locale,
			this.#localeInLink
		];
	}

	/** The "what if" baseline, a scenario the summary states the edits since against; or none. */
	get baseline(): Scenario | null {
		return this.#baseline;
	}
	/** Put a baseline in place as it was (undo, redo): no step of its own. */
	setBaseline(baseline: Scenario | null) {
		this.#baseline = baseline;
	}
	/**
	 * Take ("What if…?") or drop the baseline as the reader's own undo step: an edit still waiting
	 * for its write is recorded first (a slider moved within 250 ms of the click was one step with
	 * it, and Ctrl+Z took back both; helper-141).
	 */
	takeBaseline(baseline: Scenario | null) {
		this.#onReplace('step');
		this.#baseline = baseline;
		this.#onReplace('step');
	}

	/** The charts' settings (frontier metric, bands, scale chart); absent: the default. */
	get charts(): ChartSettings {
		return this.#charts;
	}
	setChart(change: ChartSettings) {
		this.#charts = { ...this.#charts, ...change };
	}

	get view(): View {
		return this.#view;
	}
	setView(view: View) {
		this.#view = view;
	}
	/**
	 * Whether the open view's panel reads each system's serving inputs (its precision and its
	 * software fraction, a.sw): the inference view, and the energy and cost view through the serving
	 * point's tokens/s. Hardware, training (no software fraction of its own: model/training reads
	 * neither), reliability and claims (which checks its own fixed scenarios) read none of them, so
	 * the system cards show the controls only here; the values stay in the scenario and the link on
	 * every view.
	 */
	get showsServing(): boolean {
		return this.#view === 'inference' || this.#view === 'energy';
	}

	get scenario(): Scenario {
		return this.#scenario;
	}
	get locale(): Locale {
		return this.#locale;
	}
	get notices(): Notice[] {
		return this.#notices;
	}

	/**
	 * Read a link. Returns whether it held a scenario (a plain visit does not). `inReadersLanguage`:
	 * its `lang` left aside, the reader's kept (a link opened, Back: language is the reader's, not
	 * the scenario's).
	 */
	load(query: string, inReadersLanguage = false): boolean {
		const decoded = decodeScenario(query);
		if (inReadersLanguage) decoded.view.lang = undefined;
		return this.apply(decoded);
	}

	/** Show a decoded link (the page decodes its opening link in a task before hydration). */
	apply(decoded: Decoded): boolean {
		this.replacements++;
		this.#scenario = decoded.scenario;
		// A baseline equal to the scenario is the scenario itself, as one a click makes.
		this.#baseline =
			decoded.baseline === decoded.scenario ? this.#scenario : (decoded.baseline ?? null);
		this.#notices = decoded.notices;
		const { view, lang, ...charts } = decoded.view;
		this.#view = view ?? 'hardware';
		this.#charts = charts;
		if (lang) {
			this.#locale = lang;
			this.#localeInLink = true;
		}
		return decoded.fromLink;
	}

	/**
	 * Told before and after an action replaces the scenario wholesale (open a link, import, remove
	 * a system), so the page can keep the edited state as its own history entry; and ('step')
	 * before and after the reader takes or drops the baseline, each state its own undo step.
	 */
	#onReplace: (phase: 'before' | 'after' | 'step') => void = () => {};
	onReplace(listener: (phase: 'before' | 'after' | 'step') => void) {
		this.#onReplace = listener;
	}
	#replacing(run: () => void) {
		this.#onReplace('before');
		run();
		this.replacements++;
		this.#onReplace('after');
	}
	/**
	 * How many times the scenario has been replaced wholesale (a link opened, Back, an import, a
	 * system removed): page state about the scenario (estimates.svelte.ts's cost mode) that must
	 * not outlive it compares this count. Read-only outside this class. Not reactive: each
	 * replacement is a new scenario, which readers depend on already (a $state with a getter cost
	 * the first visit 91 bytes).
	 */
	replacements = 0;

	/**
	 * Open a link in place of the current scenario (saved entry, claim check, diff, import), with
	 * its view and chart settings, in the reader's language: a saved entry or a pasted link made in
	 * Chinese had turned an English page Chinese (and one made in English, with no `lang`, never
	 * turned it back).
	 */
	open(query: string) {
		this.#replacing(() => this.load(query, true));
	}

	/**
	 * Load a scenario from a chosen file; a file without one changes nothing. The reader loads on
	 * first use (the page prefetches it once idle): not part of the first visit.
	 */
	async importJson(text: string): Promise<ImportResult> {
		// Only the code's arrival is guarded: an error in opening the scenario is a bug, not "offline".
		const reader = await import('./import-scenario').catch(() => null);
		if (!reader) return { ok: false, reason: 'unavailable' };
		const result = reader.readScenarioFile(text);
		if (result.ok) this.open(result.query);
		return result;
	}

	/**
	 * The JSON report of the current scenario, as the CLI prints it (its code loads on demand), with
	 * the training answers when the caller has them (the worker's, for the training CSV).
	 */
	async report(training: readonly (TrainingResult | null)[] | null = null): Promise<Report> {
		const [{ buildReport }, { evaluate }] = await Promise.all([
			import('../share/report'),
			import('../model/evaluate')
		]);
		return buildReport(evaluate(this.#scenario), this.#scenario, this.query, [], training);
	}

	#disposers: (() => void)[] = [];
	#disposed = false;
	/**
	 * Run `cleanup` when the page goes away (the effects and worker of lazily loaded state). Code
	 * that arrives after that (an idle prefetch) is cleaned up at once.
	 */
	onDispose(cleanup: () => void) {
		if (this.#disposed) cleanup();
		else this.#disposers.push(cleanup);
	}
	dispose() {
		this.#disposed = true;
		for (const cleanup of this.#disposers.splice(0)) cleanup();
	}

	setLocale(locale: string) {
		if (!isLocale(locale)) return;
		this.#locale = locale;
		this.#localeInLink = true;
	}

	/** Use the reader's language preference unless a link already chose one. */
	preferLocale(locale: Locale) {
		if (!this.#localeInLink) this.#locale = locale;
	}

	dismissNotices() {
		this.#notices = [];
	}

	/** `fromPreset`: the update rebuilds the system from its preset (its domain is the preset's). */
	#replaceSystem(index: number, update: (spec: SystemSpec) => SystemSpec, fromPreset = false) {
		const current = this.#scenario.systems[index];
		if (!current) return;
		const systems = this.#scenario.systems.slice();
		const edited = update(current);
		const chipsMoved =
			!fromPreset &&
			edited.chips !== current.chips &&
			edited.presetId === current.presetId &&
			edited.scaleUpDomainChips === current.scaleUpDomainChips;
		// Normalised as the link decoder normalises a system (its rules: domain <= chips, all-in
		// power >= the chip's, component counts that fit the chips): the page never computes with
		// a scenario its own link would read back adjusted, with a notice the sender never saw.
		systems[index] = normalizeSystem(
			chipsMoved ? { ...edited, scaleUpDomainChips: domainForChips(current) } : edited
		);
		this.#scenario = { ...this.#scenario, systems };
	}

	/**
	 * Whether system `index`'s scale-up domain is held down at its chip count by the rule that a
	 * domain fits in its system: equal to its chips and under its preset's domain (more chips take
	 * it back up), or, for a custom system, equal to its chips. A change of the domain beside a
	 * change of the chips then followed them. Read from the scenario alone, as domainForChips: the
	 * same on the page that dragged the chips and on one opened from its link.
	 */
	domainFollowsChips(index: number): boolean {
		const spec = this.#scenario.systems[index];
		return (
			spec !== undefined &&
			spec.scaleUpDomainChips === spec.chips &&
			spec.chips < (presetDomain(spec) ?? Infinity)
		);
	}

	setField(index: number, field: SystemNumberField, value: number | null) {
		this.#replaceSystem(index, (spec) => ({
			...spec,
			[field]:
				value === null || !Number.isFinite(value)
					? spec[field]
					: clamp(value, systemInput(field).bounds)
		}));
	}

	setFlops(index: number, precision: Precision, value: number) {
		if (!Number.isFinite(value)) return;
		this.#replaceSystem(index, (spec) => ({
			...spec,
			denseFlopsPerS: {
				...spec.denseFlopsPerS,
				[precision]: clamp(value, flopsInput(precision).bounds)
			}
		}));
	}

	/** Switch a slot to a preset; everything the user changed in that slot is replaced. */
	/** Switch to a preset, or (CUSTOM) keep the figures under a neutral name, not the preset's. */
	setPreset(index: number, presetId: string, customName?: string) {
		if (presetId === CUSTOM) return this.makeCustom(index, customName);
		const spec = specFromPresetId(presetId);
		if (spec) this.#replaceSystem(index, () => spec, true);
	}

	/** Back to the preset's hardware figures; how the system is deployed (joined, prices) stays. */
	reset(index: number) {
		const current = this.#scenario.systems[index];
		const preset = current?.presetId ? specFromPresetId(current.presetId) : undefined;
		if (current && preset)
			this.#replaceSystem(index, () => ({ ...preset, deployment: current.deployment }), true);
	}

	get canAdd() {
		return this.#systemsPart.length < MAX_SYSTEMS;
	}

	/** Add a system after the last: the first preset not yet shown, else a copy of the last. */
	addSystem() {
		if (!this.canAdd) return;
		const shown = new Set(this.#scenario.systems.map((s) => s.presetId));
		const next = SYSTEM_PRESETS.find((p) => !shown.has(p.id));
		const spec = next ? specFromPreset(next) : { ...this.#scenario.systems.at(-1)! };
		this.#scenario = { ...this.#scenario, systems: [...this.#scenario.systems, spec] };
	}

	duplicate(index: number) {
		const spec = this.#scenario.systems[index];
		if (!spec || !this.canAdd) return;
		const systems = this.#scenario.systems.slice();
		systems.splice(index + 1, 0, { ...spec, denseFlopsPerS: { ...spec.denseFlopsPerS } });
		this.#scenario = { ...this.#scenario, systems };
	}

	remove(index: number) {
		if (this.#scenario.systems.length <= 1 || !this.#scenario.systems[index]) return;
		this.#replacing(() => {
			this.#scenario = {
				...this.#scenario,
				systems: this.#scenario.systems.filter((_, i) => i !== index)
			};
		});
	}

	/** Move a system one place left (-1) or right (+1); moving to first makes it the reference. */
	move(index: number, by: -1 | 1) {
		const to = index + by;
		const systems = this.#scenario.systems.slice();
		if (to < 0 || to >= systems.length) return;
		[systems[index], systems[to]] = [systems[to]!, systems[index]!];
		this.#scenario = { ...this.#scenario, systems };
	}

	/** Turn a slot into a custom system: same figures, no preset, so nothing is "edited". */
	makeCustom(index: number, name?: string) {
		const clean = name === undefined ? '' : cleanName(name);
		this.#replaceSystem(index, (spec) => ({ ...spec, presetId: null, name: clean || spec.name }));
	}

	rename(index: number, name: string) {
		const clean = cleanName(name);
		if (clean) this.#replaceSystem(index, (spec) => ({ ...spec, name: clean }));
	}

	// ------------------------------------------------------------ inference workload

	// The served model's parts, each unchanged while the workload's sliders move, so the model and
	// its facts are not rebuilt (nor the workload panel's text redrawn) on every tick.

	/** The LLM being served (the custom edit when there is one). */
	get model(): LlmSpec {
		return this.#model;
	}
	#model: LlmSpec = $derived(this.#customModelPart ?? findLlmPreset(this.#modelIdPart)!.spec);

	// ------------------------------------------------------------ sections and deployments

	/**
	 * Replace one section of the scenario with `value`, normalised alone (as normalizeScenario would
	 * normalise it): the rest of the scenario is normalised already, and a slider edits on every
	 * tick. The views the first render does without make their edits of the workload, the
	 * efficiencies, the training run and the operations through this (scenario-edits.ts, which only
	 * their chunks load).
	 */
	replaceSection<K extends keyof typeof SECTION_NORMALIZERS>(section: K, value: Scenario[K]) {
		this.#scenario = { ...this.#scenario, [section]: SECTION_NORMALIZERS[section](value) };
	}

	/**
	 * Change part of how system `index` is deployed (a missing deployment starts from the default);
	 * the system is normalised as any system edit. The system cards' serving controls below, and
	 * the other views' deployment edits (scenario-edits.ts), go through this.
	 */
	patchDeployment(index: number, patch: Partial<Deployment>) {
		this.#replaceSystem(index, (spec) => ({
			...spec,
			deployment: { ...DEFAULT_DEPLOYMENT, ...spec.deployment, ...patch }
		}));
	}

	/** One system's serving precision: 'auto' (the workload's) or a precision (precision.ts). */
	setSystemPrecision(index: number, value: string) {
		const precision = SERVING_PRECISIONS.find((p) => p === value);
		if (precision) this.patchDeployment(index, { servingPrecision: precision });
	}

	/** One system's serving software fraction: null = auto (the table's, software.ts). */
	setSoftwareFraction(index: number, fraction: number | null) {
		if (fraction === null || Number.isFinite(fraction))
			this.patchDeployment(index, { softwareFraction: fraction });
	}

	/** Replace the whole scenario (a lever applied by goal-seek); normalised like any edit. */
	replaceScenario(scenario: Scenario) {
		this.#scenario = normalizeScenario(scenario);
	}

	setEfficiencyPrecision(precision: Precision) {
		this.#scenario = { ...this.#scenario, efficiencyPrecision: precision };
	}
}
