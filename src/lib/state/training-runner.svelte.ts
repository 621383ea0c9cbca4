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
interface Settle {
	promise: Promise<void>;
	resolve: () => void;
	reject: () => void;
}

/** A promise with its resolve and reject at hand (Promise.withResolvers, which Node 20 lacks). */
function settle(): Settle {
	let resolve = () => {};
	let reject = () => {};
	const promise = new Promise<void>(
		(yes, no) => ((resolve = yes), (reject = () => no(new Error('training worker did not start'))))
	);
	promise.catch(() => undefined); // nobody may be waiting; the failure shows as `failed`
	return { promise, resolve, reject };
}

export class TrainingRunner {
	results = $state.raw<(TrainingResult | null)[] | null>(null);
	curves = $state.raw<(ScalePoint[] | null)[] | null>(null);
	pending = $state(false);
	/** The worker could not start or crashed (e.g. its script could not be fetched offline). */
	failed = $state(false);
	/** The line-up of systems (see Estimates) the current answers belong to. */
	lineup = $state('');
	#requestedLineup = '';
	#worker: Worker | null = null;
	/** Settles when the current worker has loaded (resolves) or failed to (rejects). */
	#ready: Settle | null = null;
	#latest = 0;
	#timer: ReturnType<typeof setTimeout> | undefined;
	/** After dispose() nothing starts again (a prefetch may still call warm() afterwards). */
	#disposed = false;

	request(jobs: TrainingJob[], withCurves: boolean, lineup = '') {
		if (typeof Worker === 'undefined' || this.#disposed) return;
		clearTimeout(this.#timer);
		const id = ++this.#latest;
		this.#requestedLineup = lineup;
		this.pending = true;
		this.#timer = setTimeout(
			() => this.#post({ id, jobs: $state.snapshot(jobs) as TrainingJob[], curves: withCurves }),
			DEBOUNCE_MS
		);
	}

	/**
	 * Start the worker ahead of need (the page's idle prefetch), so its script is fetched with the
	 * other deferred code: training then works offline and its first answer does not wait on the
	 * network. Resolves once the worker has loaded; rejects when it cannot start.
	 */
	warm(): Promise<void> {
		if (typeof Worker === 'undefined' || this.#disposed) return Promise.resolve();
		return this.#ensureWorker()
			? this.#ready!.promise
			: Promise.reject(new Error('training worker did not start'));
	}

	#post(request: TrainingRequest) {
		this.#ensureWorker()?.postMessage(request);
	}

	/** The running worker, started if need be; null (and `failed`) when the browser refuses one. */
	#ensureWorker(): Worker | null {
		if (this.#worker) return this.#worker;
		try {
			this.#worker = this.#start();
		} catch {
			// e.g. a SecurityError from a page served where module workers are not allowed
			this.#fail();
		}
		return this.#worker;
	}

	#start(): Worker {
		const worker = new Worker(new URL('./training.worker.ts', import.meta.url), { type: 'module' });
		const ready = settle();
		this.#ready = ready;
		worker.onmessage = (event: MessageEvent) => {
			const data = event.data as {
				id: number;
				kind: 'ready' | 'results' | 'curves';
				results?: TrainingResult[];
				curves?: ScalePoint[][];
			};
			// A fresh worker that loads clears an earlier failure (offline for a moment).
			this.failed = false;
			if (data.kind === 'ready') return ready.resolve();
			if (data.id !== this.#latest) return; // an answer to a superseded request
			if (data.kind === 'results') {
				this.results = data.results ?? null;
				this.lineup = this.#requestedLineup;
				this.pending = false;
			} else this.curves = data.curves ?? null;
		};
		// The next request starts a fresh worker, so a page that comes back online recovers.
		worker.onerror = () => {
			ready.reject();
			worker.terminate();
			if (this.#worker === worker) this.#worker = null;
			this.#fail();
		};
		return worker;
	}

	#fail() {
		this.failed = true;
		this.pending = false;
	}

	dispose() {
		this.#disposed = true;
		clearTimeout(this.#timer);
		this.#ready?.reject();
		this.#worker?.terminate();
		this.#worker = null;
	}
}
