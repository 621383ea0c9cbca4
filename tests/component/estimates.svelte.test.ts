import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Comparison } from '../../src/lib/state/comparison.svelte';
import {
	setFailureRate,
	setJoined,
	setOperation,
	setRentalPrice,
	setServingField,
	setServingPrecision,
	setTraining
} from '../../src/lib/state/scenario-edits';
import { estimatesOf } from '../../src/lib/state/estimates.svelte';
import { TrainingRunner } from '../../src/lib/state/training-runner.svelte';
import { lineupOf } from '../../src/lib/state/lineup';
import { mergeParts } from '../../src/lib/state/scenario-parts';
import { evaluateServing } from '../../src/lib/model/evaluate';
import type { Scenario } from '../../src/lib/model/scenario';
import { FakeServingWorker, withServedComparison } from './fake-serving-worker';

/** Stands in for the browser's Worker: records each one started, never runs anything. */
class FakeWorker {
	static started: FakeWorker[] = [];
	onmessage: ((event: { data: unknown }) => void) | null = null;
	onerror: (() => void) | null = null;
	onmessageerror: (() => void) | null = null;
	terminated = false;
	/** Each request, with the scenario the worker holds after it (its parts merged, as serving.worker.ts does). */
	posted: { id: number; parts: Partial<Scenario>; scenario: Scenario; atTarget?: true }[] = [];
	#held: Partial<Scenario> = {};
	constructor() {
		FakeWorker.started.push(this);
	}
	postMessage(message: { id: number; parts: Partial<Scenario>; atTarget?: true }) {
		this.#held = mergeParts(this.#held, message.parts);
		this.posted.push({ ...message, scenario: this.#held as Scenario });
	}
	/** Answers a request for the operating point as serving.worker.ts would, or with `serving`. */
	answer(id: number, serving = this.#serve(id)) {
		const { scenario } = this.posted.find((m) => m.id === id)!;
		this.onmessage!({
			data: { id, kind: 'serving', value: { lineup: lineupOf(scenario.systems), serving } }
		});
	}
	#serve(id: number) {
		return evaluateServing(this.posted.find((m) => m.id === id)!.scenario, { frontier: false });
	}
	terminate() {
		this.terminated = true;
	}
}
afterEach(() => {
	FakeWorker.started = [];
	vi.unstubAllGlobals();
});

describe('Estimates state', () => {
	it('is one instance per comparison and keeps following it after the asking tab is gone', () => {
		const comparison = new Comparison();
		let fromTab: ReturnType<typeof estimatesOf> | undefined;
		const destroyTab = $effect.root(() => {
			fromTab = estimatesOf(comparison);
		});
		destroyTab();
		const estimates = estimatesOf(comparison);
		expect(estimates).toBe(fromTab);
		const before = estimates.evaluation.atTarget.rows[1]!.chipTokensPerS;
		comparison.setField(1, 'hbmBytesPerS', comparison.scenario.systems[1]!.hbmBytesPerS * 2);
		flushSync();
		// Decode at the target speed is HBM-bound on CloudMatrix 384 by default: more HBM bandwidth serves more.
		expect(estimates.evaluation.atTarget.rows[1]!.chipTokensPerS).toBeGreaterThan(before!);
		// The hardware table and the full evaluation agree on the shared rows.
		expect(estimates.evaluation.rows).toEqual(comparison.hardware.rows);
	});

	it('converts the frontier to cost and power per token with each system’s own price and power', () => {
		const comparison = new Comparison();
		const estimates = estimatesOf(comparison);
		expect(estimates.inFrontierMetric(0, 1_000)).toBe(1_000);
		const perHour = estimates.operations.systems[0]!.costPerChipHour!.value;
		estimates.frontierMetric = 'usdPerMillionTokens';
		// USD per chip-hour ÷ (1,000 tokens/s × 3,600) × 1e6.
		expect(estimates.inFrontierMetric(0, 1_000)).toBeCloseTo((perHour / 3.6e6) * 1e6, 9);
		estimates.frontierMetric = 'tokensPerSPerMW';
		const { allInPowerPerChipW } = comparison.scenario.systems[1]!;
		const pue = comparison.scenario.operations.pue;
		// 1e6 W ÷ (PUE × all-in W ÷ 1,000 tokens/s).
		expect(estimates.inFrontierMetric(1, 1_000)).toBeCloseTo(
			1e6 / ((pue * allInPowerPerChipW) / 1_000),
			6
		);
		expect(estimates.inFrontierMetric(9, 1_000)).toBeNull();
	});

	it('keeps the workload facts the same object while a workload slider moves', () => {
		const comparison = new Comparison();
		const estimates = estimatesOf(comparison);
		const facts = estimates.modelFacts;
		setServingField(comparison, 'outputTokens', comparison.scenario.serving.outputTokens * 2);
		flushSync();
		expect(estimates.modelFacts).toBe(facts);
		setServingPrecision(comparison, 'kvPrecision', 'fp8');
		flushSync();
		// DeepSeek-R1's MLA cache: (512 + 64) values × 61 layers × 1 byte at FP8 = 35,136 B per token.
		expect(estimates.modelFacts.kvBytesPerToken).toBe(35_136);
	});

	it('switches cost to rental with no price filled in for the reader, and back', () => {
		const comparison = new Comparison();
		const estimates = estimatesOf(comparison);
		expect(estimates.costMode).toBe('ownership');
		const link = comparison.query;
		const perHour = estimates.operations.systems.map((o) => o.costPerChipHour?.value ?? null);
		estimates.setCostMode('rental');
		flushSync();
		expect(estimates.costMode).toBe('rental');
		// No price is invented: the link and the costs stay as they were (each system costs its
		// ownership figure until it has a rental price; the panel says so).
		expect(comparison.query).toBe(link);
		expect(estimates.operations.systems.map((o) => o.costPerChipHour?.value ?? null)).toEqual(
			perHour
		);
		setRentalPrice(comparison, 1, 2.5);
		flushSync();
		expect(comparison.query).toContain('b.usd_chip_h=2.5');
		expect(estimates.operations.systems[1]!.costPerChipHour?.value).toBe(2.5);
		estimates.setCostMode('ownership');
		flushSync();
		expect(estimates.costMode).toBe('ownership');
		expect(comparison.query).toBe(link);
		// Rent again: the price set aside comes back (it was lost on the round trip).
		estimates.setCostMode('rental');
		flushSync();
		expect(comparison.query).toContain('b.usd_chip_h=2.5');
	});

	it('keeps Rent and set-aside prices to the scenario they were chosen on', () => {
		const comparison = new Comparison();
		const estimates = estimatesOf(comparison);
		setRentalPrice(comparison, 1, 2.5);
		estimates.setCostMode('ownership');
		// An edit is the same scenario: the price comes back to its system.
		setJoined(comparison, 1, 4);
		estimates.setCostMode('rental');
		flushSync();
		expect(comparison.query).toContain('b.usd_chip_h=2.5');
		// Two systems of one name, prices 9 and 7, Own, the first removed: neither comes back on
		// the other (the removed one's 9 once landed on the survivor).
		comparison.open('v=1&a=gb200-nvl72&b=gb200-nvl72&a.usd_chip_h=9&b.usd_chip_h=7');
		estimates.setCostMode('ownership');
		comparison.remove(0);
		estimates.setCostMode('rental');
		flushSync();
		expect(comparison.query).not.toContain('usd_chip_h');
		// Rent chosen, then another link opened: that link means ownership, and says so.
		comparison.open('v=1&a=hgx-h100&b=gb200-nvl72');
		flushSync();
		expect(estimates.costMode).toBe('ownership');
		// Prices set aside, then another link: none lands on it.
		comparison.open('v=1&a=gb200-nvl72&a.usd_chip_h=9&b=cloudmatrix-384');
		estimates.setCostMode('ownership');
		comparison.open('v=1&a=gb200-nvl72&b=cloudmatrix-384&a.joined=4');
		estimates.setCostMode('rental');
		flushSync();
		expect(comparison.query).not.toContain('usd_chip_h');
	});

	it('starts no worker for a page that has gone (an idle prefetch that arrives late)', async () => {
		vi.stubGlobal('Worker', FakeWorker);
		const gone = new Comparison();
		gone.dispose();
		await estimatesOf(gone).runner.warm();
		expect(FakeWorker.started).toHaveLength(0);
		const live = new Comparison();
		void estimatesOf(live).runner.warm();
		expect(FakeWorker.started).toHaveLength(1);
		live.dispose();
		expect(FakeWorker.started[0]!.terminated).toBe(true);
	});
});

describe('the operating point from the serving worker', () => {
	/** The operating points at the target for the comparison's scenario as it is now. */
	const todaysFigures = (comparison: Comparison) =>
		evaluateServing(comparison.scenario, { frontier: false }).atTarget;

	/**
	 * A comparison whose serving worker has loaded (the page's idle prefetch), and that worker, its
	 * first request not answered yet. (withServedComparison in fake-serving-worker.ts answers it,
	 * and its stand-in cannot be terminated, which these tests check.)
	 */
	async function served() {
		vi.stubGlobal('Worker', FakeWorker);
		const comparison = new Comparison();
		const estimates = estimatesOf(comparison);
		const warm = estimates.servingRunner.warm();
		const worker = FakeWorker.started.at(-1)!;
		worker.onmessage!({ data: { id: 0, kind: 'ready' } });
		await warm;
		flushSync();
		return { comparison, estimates, worker };
	}

	it('is computed on the page until the worker has loaded, then asked of it on every change', async () => {
		vi.stubGlobal('Worker', FakeWorker);
		const comparison = new Comparison();
		const estimates = estimatesOf(comparison);
		// Nothing started: the page computes it (the first render, a page without workers).
		expect(FakeWorker.started).toHaveLength(0);
		const own = estimates.evaluation.atTarget.rows.map((r) => r.chipTokensPerS);
		expect(own[0]).toBeGreaterThan(0);
		const warm = estimates.servingRunner.warm();
		const worker = FakeWorker.started[0]!;
		worker.onmessage!({ data: { id: 0, kind: 'ready' } });
		await warm;
		flushSync();
		// Loaded: today's scenario is asked at once (no debounce), and until it answers the page's
		// own figures stay, marked as updating.
		expect(worker.posted.map((m) => [m.id, m.atTarget])).toEqual([[1, true]]);
		expect(estimates.servingUpdating).toBe(true);
		expect(estimates.evaluation.atTarget.rows.map((r) => r.chipTokensPerS)).toEqual(own);
		// The answer is shown as it is: a marked figure proves it is the worker's, not recomputed.
		const answer = evaluateServing(worker.posted[0]!.scenario, { frontier: false });
		answer.atTarget.rows[0]!.chipTokensPerS = 12_345;
		worker.answer(1, answer);
		flushSync();
		expect(estimates.servingUpdating).toBe(false);
		expect(estimates.evaluation.atTarget.rows[0]!.chipTokensPerS).toBe(12_345);
		// A workload edit asks again; the answer shown meanwhile is the last one.
		setServingField(comparison, 'inputTokens', 2_000);
		flushSync();
		expect(worker.posted.at(-1)).toMatchObject({ id: 2, atTarget: true });
		expect(worker.posted.at(-1)!.scenario.serving.inputTokens).toBe(2_000);
		// Only the workload goes: the worker keeps the systems and the rest from the first request.
		expect(Object.keys(worker.posted[0]!.parts).sort()).toEqual(
			Object.keys(comparison.scenario).sort()
		);
		expect(worker.posted.at(-1)!.parts).toEqual({ serving: comparison.scenario.serving });
		expect(estimates.evaluation.atTarget.rows[0]!.chipTokensPerS).toBe(12_345);
		worker.answer(2);
		flushSync();
		const direct = evaluateServing(comparison.scenario, { frontier: false });
		expect(estimates.evaluation.atTarget).toEqual(direct.atTarget);
		expect(estimates.evaluation.inference).toEqual(direct.inference);
		// A training or power setting is not serving's: nothing is asked, nothing is marked updating
		// (the default trains in FP8, so BF16 is an edit).
		setTraining(comparison, 'precision', 'bf16');
		setOperation(comparison, 'pue', 1.5);
		flushSync();
		expect(comparison.scenario.operations.pue).toBe(1.5);
		expect(worker.posted).toHaveLength(2);
		expect(estimates.servingUpdating).toBe(false);
		comparison.dispose();
	});

	it('follows a drag with answers to superseded requests, and never goes back to an older one', async () => {
		const { comparison, estimates, worker } = await served();
		worker.answer(1);
		for (const tokens of [1_100, 1_200, 1_300]) {
			setServingField(comparison, 'inputTokens', tokens);
			flushSync();
		}
		expect(worker.posted.map((m) => m.id)).toEqual([1, 2, 3, 4]);
		worker.answer(3);
		flushSync();
		// Newer than what was shown: shown, though the latest (4) is still on its way.
		expect(estimates.evaluation.atTarget).toEqual(
			evaluateServing(worker.posted[2]!.scenario, { frontier: false }).atTarget
		);
		expect(estimates.servingUpdating).toBe(true);
		worker.answer(2);
		flushSync();
		// Older than what is shown: dropped.
		expect(estimates.evaluation.atTarget).toEqual(
			evaluateServing(worker.posted[2]!.scenario, { frontier: false }).atTarget
		);
		worker.answer(4);
		flushSync();
		expect(estimates.servingUpdating).toBe(false);
		expect(estimates.evaluation.atTarget).toEqual(todaysFigures(comparison));
		comparison.dispose();
	});

	it('computes on the page again for another line-up of systems, or when the worker fails', async () => {
		const { comparison, estimates, worker } = await served();
		worker.answer(1);
		flushSync();
		// A system added: the shown answer's positions no longer match, so the page's own figures
		// stand (every system served) until the worker's answer for three arrives.
		comparison.addSystem();
		flushSync();
		expect(estimates.evaluation.inference).toHaveLength(3);
		expect(estimates.evaluation.atTarget.rows).toHaveLength(3);
		worker.answer(2);
		flushSync();
		// An edit in flight when the worker crashes, the line-up the answer's: the page computes it
		// (the last answer, for other settings, is not left standing) and every later change.
		setServingField(comparison, 'inputTokens', 3_000);
		flushSync();
		expect(worker.posted.at(-1)!.id).toBe(3);
		worker.onerror!();
		flushSync();
		expect(estimates.servingUpdating).toBe(false);
		expect(estimates.evaluation.atTarget).toEqual(todaysFigures(comparison));
		setServingField(comparison, 'inputTokens', 4_000);
		flushSync();
		expect(worker.posted).toHaveLength(3);
		expect(estimates.servingUpdating).toBe(false);
		expect(estimates.evaluation.atTarget).toEqual(todaysFigures(comparison));
		comparison.dispose();
	});

	it('loads a fresh worker after a crash and asks it once loaded, never showing the crashed one’s answers', async () => {
		const { comparison, estimates, worker } = await served();
		worker.answer(1);
		flushSync();
		setServingField(comparison, 'inputTokens', 3_000);
		flushSync();
		worker.onerror!();
		flushSync();
		expect(worker.terminated).toBe(true);
		expect(FakeWorker.started).toHaveLength(2);
		const fresh = FakeWorker.started[1]!;
		// The crashed worker's last answer (1,024 input tokens) is for the same line-up: shown again
		// once a fresh worker loads, it would stand, marked updating, until the fresh one answers.
		expect(estimates.evaluation.atTarget).toEqual(todaysFigures(comparison));
		fresh.onmessage!({ data: { id: 0, kind: 'ready' } });
		flushSync();
		// A fresh worker holds nothing: its first request carries the whole scenario.
		expect(fresh.posted.map((m) => m.parts)).toEqual([comparison.scenario]);
		expect(estimates.servingUpdating).toBe(true);
		expect(estimates.evaluation.atTarget).toEqual(todaysFigures(comparison));
		fresh.answer(fresh.posted[0]!.id);
		flushSync();
		expect(estimates.servingUpdating).toBe(false);
		expect(estimates.evaluation.atTarget).toEqual(todaysFigures(comparison));
		// Asked on every change again.
		setServingField(comparison, 'inputTokens', 2_000);
		flushSync();
		expect(fresh.posted).toHaveLength(2);
		comparison.dispose();
	});

	it('tries a fresh worker on the next edit after each failure, twice a visit, then computes on the page', async () => {
		const { comparison, estimates, worker } = await served();
		worker.onerror!();
		flushSync();
		expect(FakeWorker.started).toHaveLength(2);
		// A fresh worker that fails to load (offline): the next edit tries again, once more.
		FakeWorker.started[1]!.onerror!();
		flushSync();
		expect(FakeWorker.started).toHaveLength(2);
		setServingField(comparison, 'inputTokens', 3_000);
		flushSync();
		expect(FakeWorker.started).toHaveLength(3);
		FakeWorker.started[2]!.onerror!();
		flushSync();
		setServingField(comparison, 'inputTokens', 4_000);
		flushSync();
		expect(FakeWorker.started).toHaveLength(3);
		expect(estimates.servingUpdating).toBe(false);
		expect(estimates.evaluation.atTarget).toEqual(todaysFigures(comparison));
		comparison.dispose();
	});

	it('lets a worker go when an answer cannot be read, starts a fresh one and ignores the old one after', async () => {
		const { comparison, estimates, worker } = await served();
		setServingField(comparison, 'inputTokens', 3_000);
		flushSync();
		worker.onmessageerror!();
		flushSync();
		expect(worker.terminated).toBe(true);
		expect(FakeWorker.started).toHaveLength(2);
		expect(estimates.servingUpdating).toBe(false);
		expect(estimates.evaluation.atTarget).toEqual(todaysFigures(comparison));
		const fresh = FakeWorker.started[1]!;
		fresh.onmessage!({ data: { id: 0, kind: 'ready' } });
		flushSync();
		expect(fresh.posted).toHaveLength(1);
		// A late error or answer from the worker let go (here for its first request's settings):
		// the fresh one stays in use, and the page's own figures stand until it answers.
		worker.onerror!();
		worker.onmessageerror!();
		worker.answer(
			worker.posted.at(-1)!.id,
			evaluateServing(worker.posted[0]!.scenario, { frontier: false })
		);
		flushSync();
		expect(estimates.servingUpdating).toBe(true);
		expect(estimates.evaluation.atTarget).toEqual(todaysFigures(comparison));
		setServingField(comparison, 'inputTokens', 2_000);
		flushSync();
		expect(fresh.posted).toHaveLength(2);
		fresh.answer(fresh.posted[1]!.id);
		flushSync();
		expect(estimates.servingUpdating).toBe(false);
		expect(estimates.evaluation.atTarget).toEqual(todaysFigures(comparison));
		comparison.dispose();
	});
});

describe('the precision each system trains in', () => {
	it('is the setting’s, or the next wider float where the chip has no figure at it', () => {
		// The default comparison: GB200 NVL72 (FP8 published) and CloudMatrix 384 (no FP8 on 910C).
		const comparison = new Comparison();
		const estimates = estimatesOf(comparison);
		setTraining(comparison, 'precision', 'fp8');
		flushSync();
		expect(estimates.trainingPrecisions).toEqual(['fp8', 'bf16']);
		setTraining(comparison, 'precision', 'bf16');
		flushSync();
		expect(estimates.trainingPrecisions).toEqual(['bf16', 'bf16']);
	});
});

describe('TrainingRunner', () => {
	it('clears an earlier failure as soon as a fresh worker loads, before any answer', async () => {
		vi.stubGlobal('Worker', FakeWorker);
		const runner = new TrainingRunner();
		const first = runner.warm();
		FakeWorker.started[0]!.onerror!();
		await expect(first).rejects.toThrow();
		expect(runner.failed).toBe(true);
		const second = runner.warm();
		expect(FakeWorker.started).toHaveLength(2);
		FakeWorker.started[1]!.onmessage!({ data: { id: 0, kind: 'ready' } });
		await second;
		expect(runner.failed).toBe(false);
		runner.dispose();
	});

	it('says it failed when the browser refuses to start a worker', async () => {
		vi.stubGlobal(
			'Worker',
			class {
				constructor() {
					throw new DOMException('blocked', 'SecurityError');
				}
			}
		);
		const runner = new TrainingRunner();
		await expect(runner.warm()).rejects.toThrow();
		expect(runner.failed).toBe(true);
	});
});

describe('what a workload edit leaves as it was', () => {
	it('keeps training’s operations (the same object) while the serving point moves, and redoes them for a failure rate', async () => {
		vi.useFakeTimers();
		try {
			await withServedComparison(({ comparison, estimates, worker }) => {
				// Training's worker is asked after a debounce: fake timers pass it without waiting.
				vi.advanceTimersByTime(1000);
				FakeServingWorker.started.find((w) => w.trains)!.answerTraining();
				flushSync();
				const trainingOps = estimates.trainingOps;
				const operations = estimates.operations;
				expect(trainingOps?.[0]?.timeToTrainS.kind).toBe('estimate');
				setServingField(comparison, 'inputTokens', 2_000);
				flushSync();
				worker.answer(worker.posted.at(-1)!.id);
				flushSync();
				// The serving point moved: its energy per token with it, not training's run.
				expect(estimates.operations).not.toBe(operations);
				expect(estimates.operations.systems[0]!.energy).not.toEqual(operations.systems[0]!.energy);
				expect(estimates.trainingOps).toBe(trainingOps);
				setFailureRate(comparison, 'acceleratorPerHour', 1e-4);
				flushSync();
				expect(estimates.trainingOps).not.toBe(trainingOps);
			});
		} finally {
			vi.useRealTimers();
		}
	});
});
