import type { TrainingJob } from '../model/operations';
import type { TrainingResult } from '../model/training/estimate';
import type { ScalePoint } from '../model/training/scale-curve';
import type { TrainingRequest } from './training.worker';

/** Wait after the last change before starting a training run: a drag settles first. */
const DEBOUNCE_MS = 120;

/**
 * Runs training estimates in a web worker and holds the latest answers. `results` and `curves`
 * are null until the first answer; later answers replace them, and `pending` says an update is
 * on its way (the page keeps showing the previous numbers, marked as updating). Where workers do
 * not exist (Node tests, prerendering) nothing runs and the page shows its "computing" state.
 */
export class TrainingRunner {
	results = $state.raw<(TrainingResult | null)[] | null>(null);
	curves = $state.raw<(ScalePoint[] | null)[] | null>(null);
	pending = $state(false);
	/** The worker could not start or crashed (e.g. its script could not be fetched offline). */
	failed = $state(false);
	/** The line-up of systems (see Comparison.lineup) the current answers belong to. */
	lineup = $state('');
	#requestedLineup = '';
	#worker: Worker | null = null;
	#latest = 0;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#ready: Promise<void> | null = null;

	request(jobs: TrainingJob[], withCurves: boolean, lineup = '') {
		if (typeof Worker === 'undefined') return;
		clearTimeout(this.#timer);
		const id = ++this.#latest;
		this.#requestedLineup = lineup;
		this.pending = true;
		this.#timer = setTimeout(() => this.#post({ id, jobs: $state.snapshot(jobs) as TrainingJob[], curves: withCurves }), DEBOUNCE_MS);
	}

	/**
	 * Start the worker ahead of need (the page's idle prefetch), so its script is fetched with the
	 * other deferred code: training then works offline and its first answer does not wait on the
	 * network. Resolves once the worker has loaded.
	 */
	warm(): Promise<void> {
		if (typeof Worker === 'undefined') return Promise.resolve();
		this.#worker ??= this.#start();
		return this.#ready!;
	}

	#post(request: TrainingRequest) {
		this.#worker ??= this.#start();
		this.#worker.postMessage(request);
	}

	#start(): Worker {
		const worker = new Worker(new URL('./training.worker.ts', import.meta.url), { type: 'module' });
		let loaded: () => void;
		let failedToLoad: () => void;
		this.#ready = new Promise<void>((resolve, reject) => ((loaded = resolve), (failedToLoad = reject)));
		this.#ready.catch(() => undefined); // nobody may be waiting; the failure shows as `failed`
		worker.onmessage = (event: MessageEvent) => {
			const data = event.data as {
				id: number;
				kind: 'ready' | 'results' | 'curves';
				results?: TrainingResult[];
				curves?: ScalePoint[][];
			};
			if (data.kind === 'ready') return loaded();
			if (data.id !== this.#latest) return; // an answer to a superseded request
			if (data.kind === 'results') {
				this.results = data.results ?? null;
				this.lineup = this.#requestedLineup;
				this.pending = false;
			} else this.curves = data.curves ?? null;
			this.failed = false;
		};
		// The next request starts a fresh worker, so a page that comes back online recovers.
		worker.onerror = () => {
			failedToLoad();
			this.failed = true;
			this.pending = false;
			worker.terminate();
			if (this.#worker === worker) this.#worker = null;
		};
		return worker;
	}

	dispose() {
		clearTimeout(this.#timer);
		this.#worker?.terminate();
		this.#worker = null;
	}
}
