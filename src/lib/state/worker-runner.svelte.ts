/**
 * Runs model work in a web worker and holds its latest answers. A worker answers each request
 * with one or more `{ id, kind, value }` messages; `answers` holds the latest value of each
 * kind, and the first kind (`primary`) settles the request: until it arrives `pending` says an
 * update is on its way (the page keeps showing the previous answers, marked as updating), and
 * `lineup` then says which line-up of systems the answers belong to. Where workers do not exist
 * (Node tests, prerendering) nothing runs: the page shows its "computing" state, or computes the
 * answer itself (ServingRunner's operating point, which carries its line-up in each answer).
 */
export interface WorkerMessage {
	id: number;
	kind: string;
	value?: unknown;
}

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
		(yes, no) => ((resolve = yes), (reject = () => no(new Error('worker did not start'))))
	);
	promise.catch(() => undefined); // nobody may be waiting; the failure shows as `failed`
	return { promise, resolve, reject };
}

export class WorkerRunner<Request extends object, Answers extends Record<string, unknown>> {
	answers = $state.raw<Partial<Answers>>({});
	pending = $state(false);
	/** The worker could not start or crashed (e.g. its script could not be fetched offline). */
	failed = $state(false);
	/** The worker has loaded (its script fetched and run, its first message arrived). */
	ready = $state(false);
	/** The line-up of systems the primary answer belongs to. */
	lineup = $state('');
	#requestedLineup = '';
	/** What the primary answer was asked for (send's `about`): its answers are for that, not later asks. */
	answeredAbout = $state.raw<unknown>(undefined);
	#requestedAbout: unknown = undefined;
	readonly #start: () => Worker;
	readonly #primary: keyof Answers & string;
	/** Wait after the last change before posting: a drag settles first. 0 posts at once. */
	readonly #debounceMs: number;
	/**
	 * Show an answer to a superseded request (newer than the one shown) while the latest is on its
	 * way: answers then follow a drag even when each takes longer than a tick. `pending` stays until
	 * the latest arrives.
	 */
	readonly #showSuperseded: boolean;
	/** The request whose answers are shown. */
	#shown = 0;
	#worker: Worker | null = null;
	/** The worker the last request was posted to. */
	#postedTo: Worker | null = null;
	/** Settles when the current worker has loaded (resolves) or failed to (rejects). */
	#ready: Settle | null = null;
	#latest = 0;
	#timer: ReturnType<typeof setTimeout> | undefined;
	/** After dispose() nothing starts again (a prefetch may still call warm() afterwards). */
	#disposed = false;

	/** `start` makes the worker: `new Worker(new URL('./x.worker.ts', import.meta.url), …)` as is, so Vite bundles it. */
	constructor(
		start: () => Worker,
		primary: keyof Answers & string,
		debounceMs: number,
		showSuperseded = false
	) {
		this.#start = start;
		this.#primary = primary;
		this.#debounceMs = debounceMs;
		this.#showSuperseded = showSuperseded;
	}

	/**
	 * Ask for answers to `request()` (plain data: it is copied to the worker) after the debounce.
	 * `request` is told whether the worker it goes to is not the one the last request went to
	 * (started since, or the first): a request that sends only what changed sends everything then.
	 */
	send(request: (freshWorker: boolean) => Request, lineup = '', about?: unknown) {
		if (typeof Worker === 'undefined' || this.#disposed) return;
		clearTimeout(this.#timer);
		const id = ++this.#latest;
		this.#requestedLineup = lineup;
		this.#requestedAbout = about;
		this.pending = true;
		const post = () => {
			try {
				const worker = this.#ensureWorker();
				if (!worker) return;
				const freshWorker = worker !== this.#postedTo;
				this.#postedTo = worker;
				worker.postMessage({ ...request(freshWorker), id });
			} catch {
				// A request that cannot be copied (DataCloneError): failed, not pending forever.
				this.#fail();
			}
		};
		if (this.#debounceMs === 0) return post();
		// Built when posted, not on every tick of a drag: the latest state then, read untracked.
		this.#timer = setTimeout(post, this.#debounceMs);
	}

	/**
	 * Start the worker ahead of need (the page's idle prefetch), so its script is fetched with the
	 * other deferred code: it then works offline and its first answer does not wait on the
	 * network. Resolves once the worker has loaded; rejects when it cannot start.
	 */
	warm(): Promise<void> {
		if (typeof Worker === 'undefined' || this.#disposed) return Promise.resolve();
		return this.#ensureWorker()
			? this.#ready!.promise
			: Promise.reject(new Error('worker did not start'));
	}

	/** The running worker, started if need be; null (and `failed`) when the browser refuses one. */
	#ensureWorker(): Worker | null {
		if (this.#worker) return this.#worker;
		try {
			this.#worker = this.#listen(this.#start());
		} catch {
			// e.g. a SecurityError from a page served where module workers are not allowed
			this.#fail();
		}
		return this.#worker;
	}

	#listen(worker: Worker): Worker {
		const ready = settle();
		this.#ready = ready;
		worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
			if (worker !== this.#worker) return; // one let go after a failure
			const { id, kind, value } = event.data;
			// A fresh worker that loads clears an earlier failure (offline for a moment).
			this.failed = false;
			if (kind === 'ready') {
				this.ready = true;
				return ready.resolve();
			}
			// An answer to a superseded request, unless shown until the latest arrives.
			if (id !== this.#latest && !(this.#showSuperseded && id > this.#shown)) return;
			this.#shown = id;
			this.answers = { ...this.answers, [kind]: value };
			if (kind === this.#primary && id === this.#latest) {
				this.lineup = this.#requestedLineup;
				this.answeredAbout = this.#requestedAbout;
				this.pending = false;
			}
		};
		// An answer that cannot be read here: the request will not settle, so the worker has failed.
		worker.onmessageerror = () => this.#fail(worker);
		// The next request starts a fresh worker, so a page that comes back online recovers.
		worker.onerror = () => {
			ready.reject();
			this.#fail(worker);
		};
		return worker;
	}

	/**
	 * Failed: the worker (if any) is let go, so the next request or warm() starts a fresh one; a
	 * request that could not be copied lets a sound worker go too, since `ready` then comes only
	 * from a fresh one. A late error from a worker already let go changes nothing: a fresh one may
	 * be running.
	 */
	#fail(worker = this.#worker) {
		worker?.terminate();
		if (worker !== this.#worker) return;
		this.#worker = null;
		this.failed = true;
		this.ready = false;
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
