import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluateInference } from '../../src/lib/model/inference/evaluate-inference';
import { analysisOf } from '../../src/lib/state/analysis.svelte';
import { Comparison } from '../../src/lib/state/comparison.svelte';
import { setEfficiency, setServingField } from '../../src/lib/state/scenario-edits';

/** Stands in for the browser's Worker: records what the page posts, answers when told to. */
class FakeWorker {
	static started: FakeWorker[] = [];
	onmessage: ((event: { data: unknown }) => void) | null = null;
	onerror: (() => void) | null = null;
	posted: { id: number; bands: boolean; scenario: Comparison['scenario'] }[] = [];
	constructor() {
		FakeWorker.started.push(this);
	}
	postMessage(message: FakeWorker['posted'][number]) {
		this.posted.push(message);
	}
	terminate() {}
	/** What serving.worker.ts answers to the last request. */
	answerLast() {
		const { id, scenario } = this.posted.at(-1)!;
		const value = scenario.systems.map((spec) => {
			const r = evaluateInference(spec, scenario.serving, scenario.efficiencies);
			return r.kind === 'ok' ? r.frontier : null;
		});
		this.onmessage!({ data: { id, kind: 'frontiers', value } });
	}
}
afterEach(() => {
	FakeWorker.started = [];
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('Analysis state', () => {
	it('keeps computing after the view that first asked for it is gone (tab round trip)', () => {
		const comparison = new Comparison();
		// The inference tab asks for it inside its own effects, then the reader switches tabs.
		const destroyTab = $effect.root(() => {
			analysisOf(comparison);
		});
		destroyTab();
		const analysis = analysisOf(comparison);
		expect(analysis.evidence).toEqual([]);
		analysis.showEvidence = true;
		expect(analysis.evidence.length).toBeGreaterThan(0);
	});

	it('keeps the evidence through edits it does not depend on, and redoes it for one it does', () => {
		// Each point is the model at a measurement's own conditions: a system's chips do not move
		// it, an efficiency does.
		const comparison = new Comparison();
		const analysis = analysisOf(comparison);
		analysis.showEvidence = true;
		const before = analysis.evidence;
		expect(before.length).toBeGreaterThan(0);
		comparison.setField(0, 'chips', 144);
		setServingField(comparison, 'targetUserTokensPerS', 30);
		expect(analysis.evidence).toBe(before);
		setEfficiency(comparison, 'hbmFraction', 0.5);
		expect(analysis.evidence).not.toBe(before);
		expect(analysis.evidence[0]!.modelledTokensPerSPerChip).not.toBe(
			before[0]!.modelledTokensPerSPerChip
		);
		// A preset swapped in changes what is measured: no DeepSeek-R1 result on GB300 NVL72.
		comparison.setPreset(1, 'gb300-nvl72');
		expect(analysis.evidence.every((e) => e.system === 0)).toBe(true);
	});

	it('has no frontier where workers do not exist: the view says it is computing', () => {
		const comparison = new Comparison();
		comparison.setView('inference');
		const analysis = analysisOf(comparison);
		flushSync();
		analysis.showEvidence = true;
		flushSync();
		expect(analysis.frontiers).toBeNull();
		expect(analysis.bands).toBeNull();
		expect(analysis.frontierFailed).toBe(false);
	});

	it('asks the worker only while the inference view is open, and keeps the last answer while updating', () => {
		vi.useFakeTimers();
		vi.stubGlobal('Worker', FakeWorker);
		const comparison = new Comparison();
		const analysis = analysisOf(comparison);
		flushSync();
		vi.runAllTimers();
		expect(FakeWorker.started).toHaveLength(0);

		comparison.setView('inference');
		flushSync();
		vi.runAllTimers();
		const worker = FakeWorker.started[0]!;
		expect(worker.posted).toHaveLength(1);
		expect(analysis.frontiers).toBeNull();
		worker.answerLast();
		expect(analysis.frontiers).toHaveLength(comparison.scenario.systems.length);
		expect(analysis.frontiers![0]!.length).toBeGreaterThan(0);
		expect(analysis.frontierUpdating).toBe(false);

		// A slider tick: the last frontier stays, marked as updating, until the new answer.
		const before = analysis.frontiers;
		setServingField(comparison, 'targetUserTokensPerS', 80);
		flushSync();
		expect(analysis.frontierUpdating).toBe(true);
		expect(analysis.frontiers).toBe(before);
		vi.runAllTimers();
		expect(worker.posted).toHaveLength(2);
		worker.answerLast();
		expect(analysis.frontierUpdating).toBe(false);

		// Another line-up of systems: the old frontiers no longer match their positions.
		comparison.addSystem();
		flushSync();
		expect(analysis.frontiers).toBeNull();
		vi.runAllTimers();
		worker.answerLast();
		expect(analysis.frontiers).toHaveLength(comparison.scenario.systems.length);

		// Other views post nothing.
		comparison.setView('hardware');
		flushSync();
		setServingField(comparison, 'targetUserTokensPerS', 30);
		flushSync();
		vi.runAllTimers();
		expect(worker.posted).toHaveLength(3);
	});
});
