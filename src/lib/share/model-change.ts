import { findSystemPreset } from '../catalog/systems';
import { evaluateServing } from '../model/evaluate';
import { chainDraftedTokens } from '../model/inference/draft-chain';
import { SERVING_LATENCY } from '../model/inference/latency';
import { softwareFor } from '../model/inference/software';
import { instanceSizes } from '../model/inference/layouts';
import type { AnyInferenceResult as InferenceResult } from '../model/inference/types';
import type { Scenario } from '../model/scenario';
import { product } from '../model/topology';
import { ocsCubeChips, topologyOf } from '../model/topology-of';
import { MODEL_VERSION } from '../model/version';
import { trainingJobs } from '../model/operations';
import { fitPinnedLayout } from '../model/training/fit';
import { layoutChips, layoutProblem } from '../model/training/pinned';
import { MODEL_VERSION_NUMBER, SLOTS } from './codec';
import { MODEL_HISTORY, type ChangeScope, type ModelRelease } from './model-history';
import { shorten } from './notices';

/**
 * Whether a link's results differ from when it was made. The decoder only compares versions
 * (notice 'model-changed'); this reads the release table so the page can say which releases came
 * since and, of those, which touch this link's scenario:
 *   affecting ≠ []          → "results differ from when this link was made", with the reasons;
 *   since ≠ [], affecting = [] → the model moved, but not for this scenario;
 *   'unknown' / 'newer'     → a version this app never had: it cannot tell.
 */
export interface ModelChange {
	/** Model version the link names (shortened: it is user text). */
	from: string;
	/** This app's model version. */
	to: string;
	status: 'older' | 'newer' | 'unknown';
	/** Releases after `from` up to `to`, oldest first. */
	since: ModelRelease[];
	/** Those of `since` with a change that touches this link's scenario. */
	affecting: ModelRelease[];
}

function queryOf(link: string): string {
	const query = link.includes('?') ? link.slice(link.indexOf('?') + 1) : link;
	return query.split('#')[0] ?? '';
}

/** Today's operating points of the scenario's systems (no frontiers). */
const servedNow = (scenario: Scenario) => evaluateServing(scenario, { frontier: false }).inference;

/** Does one change reach this scenario, as the link states it (`params`: what it set itself)? */
export function touches(
	scope: ChangeScope,
	scenario: Scenario,
	params: URLSearchParams,
	served: () => InferenceResult[] = () => servedNow(scenario)
): boolean {
	switch (scope.kind) {
		case 'formulas':
			return true;
		case 'co-located-ttft':
			// Worked out by today's model (the operating points it shares with the old one), once
			// per link that names an older version.
			return served().some((r) => r.kind === 'ok' && r.coLocatedMissingTtft > 0);
		case 'assumed-wider-rate':
			// Such a system had no estimate before (attention had no rate): today's says whether.
			return served().some((r) => r.kind === 'ok' && r.precision.attention.assumedFrom !== null);
		case 'rounded-instance-sizes':
			return scenario.systems.some(
				(spec) => instanceSizes(spec.chips).length !== instanceSizes(spec.chips, false).length
			);
		case 'ocs-cube-slices':
			// Unchanged only where a preset of one cube keeps its domain (a pod cut to 64 chips was a
			// 3x5x5 torus, and is a cube now).
			return scenario.systems.some((spec) => {
				const { cube, domainChips } = topologyOf(spec).scaleUp;
				const own = spec.presetId ? findSystemPreset(spec.presetId)?.topology.scaleUp.dims : null;
				return !!cube && (domainChips !== product(cube) || !own || product(own) !== product(cube));
			});
		case 'pinned-layout-refused':
			// Such a layout was timed before and is refused now. One refused for another reason (more
			// chips than there are, no figure at the precision) was refused before as well.
			return trainingJobs(scenario).some(({ system, settings, precision }) => {
				const pinned = settings.layout;
				if (pinned === null || precision === null) return false;
				if (layoutChips(pinned) > settings.systems * system.chips) return false;
				return (
					layoutProblem(settings.model, pinned) !== null ||
					!fitPinnedLayout(system, settings, pinned).fits
				);
			});
		case 'training-tp-heads':
			// Only the search chose a TP; the largest it tries is the largest power of two up to the
			// domain and the heads, and the smaller ones divide the heads whenever that one does.
			return trainingJobs(scenario).some(({ system, settings }) => {
				if (settings.layout !== null) return false;
				const heads = settings.model.attention.queryHeads;
				const chips = settings.systems * system.chips;
				const limit = Math.min(system.scaleUpDomainChips, chips, heads);
				return heads % 2 ** Math.floor(Math.log2(limit)) !== 0;
			});
		case 'ocs-blast-radius':
			return scenario.systems.some((spec) => {
				const cube = ocsCubeChips(spec);
				return cube !== null && Math.min(spec.scaleUpDomainChips, spec.chips) > cube;
			});
		case 'disaggregated-ttft':
			return scenario.serving.servingMode !== 'co-located';
		case 'drafting':
			// As the sweep decides (sweep.ts heldDraftLayers); a link made before version 3 accepts 1
			// by default (serving-codec.ts), and so drafts nothing unless it says otherwise.
			return (
				chainDraftedTokens(
					scenario.serving.acceptedTokensPerStep,
					SERVING_LATENCY.draftAcceptance
				) > 0
			);
		case 'llm-preset':
			return scenario.serving.modelId === scope.id;
		case 'default':
			return !params.has(scope.key);
		case 'software-table':
			// Read from the decoded systems: a slot's `sw=none` also takes the table's value.
			return scenario.systems.some((spec) => {
				const { family, overridden } = softwareFor(spec);
				return !overridden && scope.families.includes(family);
			});
		case 'system-preset': {
			// The decoder fills systems from the slots the link names, in order (a, c → 2 systems).
			const named = SLOTS.filter((slot) => params.has(slot));
			const slots = named.length > 0 ? named : SLOTS;
			return scenario.systems.some((spec, index) => {
				if (spec.presetId !== scope.id) return false;
				const slot = slots[index]!;
				// A slot written out in full is immune to the preset's figures, but links only write
				// what differs, so without a key list any slot on the preset is affected.
				return !scope.keys || scope.keys.some((key) => !params.has(`${slot}.${key}`));
			});
		}
	}
}

/**
 * What changed for a link since it was made; null when it names no model version or this one.
 * `history` and `current` are parameters for tests; the page passes only the link and scenario.
 */
export function modelChangeFor(
	link: string,
	scenario: Scenario,
	history: readonly ModelRelease[] = MODEL_HISTORY,
	current: string = MODEL_VERSION
): ModelChange | null {
	const params = new URLSearchParams(queryOf(link));
	const written = params.getAll('m').at(-1);
	if (written === undefined) return null;
	// "m=018" is version 18, as the codec reads it.
	const given = MODEL_VERSION_NUMBER.test(written) ? String(Number(written)) : written;
	if (given === current) return null;
	const base = { from: shorten(given), to: current, since: [], affecting: [] };
	const at = history.findIndex((release) => release.version === given);
	const now = history.findIndex((release) => release.version === current);
	if (at < 0 || now < 0 || at > now) {
		const numbers = MODEL_VERSION_NUMBER.test(given) && MODEL_VERSION_NUMBER.test(current);
		const newer = numbers && Number(given) > Number(current);
		return { ...base, status: newer ? 'newer' : 'unknown' };
	}
	const since = history.slice(at + 1, now + 1);
	// Scopes worked out by today's model share one evaluation, made only if one asks.
	let inference: InferenceResult[] | undefined;
	const served = () => (inference ??= servedNow(scenario));
	const affecting = since.filter((release) =>
		release.changes.some((scope) => touches(scope, scenario, params, served))
	);
	return { ...base, status: 'older', since, affecting };
}
