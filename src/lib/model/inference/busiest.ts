/**
 * The busiest chip of an expert-parallel group: routing is random, so the step waits for the chip
 * that drew the most work, not for the average one. Expected maxima over `ranks` chips use the
 * normal approximation mean + z(ranks) · sd, with z(n) the expected largest of n standard normals
 * (Blom: Φ⁻¹((n − 0.375)/(n + 0.25)); 1.43 for 8, 2.38 for 72, 2.81 for 256, within 1% of the exact
 * 1.42, 2.39 and 2.83; the comment had 2.57 and 3.03, which no formula here gives: helper-110).
 */

// Acklam's coefficients, built once (normalQuantile runs for every layout every tick).
const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269];
const a4 = -30.66479806614716;
const a5 = 2.506628277459239;
const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972];
const b4 = -13.28068155288572;
const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734];
const c4 = 4.374664141464968;
const c5 = 2.938163982698783;
const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];

/** Φ⁻¹(p) for 0.5 ≤ p < 1 (Acklam's rational approximation, relative error < 1.2e-9). */
function normalQuantile(p: number): number {
	if (p > 0.97575) {
		const q = Math.sqrt(-2 * Math.log(1 - p));
		const num = ((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c4) * q + c5;
		return -num / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
	}
	const q = p - 0.5;
	const r = q * q;
	const num = (((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a4) * r + a5) * q;
	return num / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b4) * r + 1);
}

/** Expected largest of `ranks` standard normal draws (Blom's approximation); 0 for one rank. */
export function expectedMaxZ(ranks: number): number {
	if (!(ranks > 1)) return 0;
	return Math.max(0, normalQuantile((ranks - 0.375) / (ranks + 0.25)));
}

export interface ExpertSpread {
	/** Routed experts per MoE layer (E). */
	experts: number;
	/** Experts each token selects (k). */
	perToken: number;
	/** Chips the experts are spread over (ep). */
	ranks: number;
	/** Busiest rank's share of routed tokens ÷ the mean, from skewed expert popularity (≥ 1). */
	imbalance: number;
}

/**
 * Per-MoE-layer work of the busiest chip for `tokens` routed tokens:
 *   experts held  c = ⌈E/ep⌉, each touched with q = 1 − (1 − k/E)^tokens
 *   experts read  = min(c, imbalance · (c·q + z(ep)·√(c·q·(1 − q)))), at least 1 when any token is routed
 *   token-expert pairs = min(tokens·min(k, c), imbalance·μ + z(ep)·√(imbalance·μ·(1 − 1/ep))),
 *                        μ = tokens·k/ep, at least min(1, tokens·k)
 * One chip (ep = 1) holds everything and does exactly the mean.
 */
export function makeBusiestChip(spread: ExpertSpread): BusiestChip {
	return new BusiestChip(spread);
}

/** A class, not a closure: one per layout every tick, its two methods thousands of times. */
export class BusiestChip {
	readonly held: number;
	private readonly perToken: number;
	private readonly ranks: number;
	private readonly z: number;
	private readonly imbalance: number;
	private readonly logMiss: number;
	private readonly spill: number;

	constructor(spread: ExpertSpread) {
		const { experts, perToken: k, ranks } = spread;
		this.perToken = k;
		this.ranks = ranks;
		this.held = Math.ceil(experts / ranks);
		this.z = expectedMaxZ(ranks);
		this.imbalance = ranks > 1 ? spread.imbalance : 1;
		this.logMiss = Math.log(Math.max(0, 1 - k / experts));
		this.spill = 1 - 1 / ranks;
	}

	expertsRead(tokens: number): number {
		if (!(tokens > 0)) return 0;
		const { held, z, imbalance } = this;
		const q = 1 - Math.exp(tokens * this.logMiss);
		const mean = held * q;
		const busiest = imbalance * (mean + z * Math.sqrt(mean * (1 - q)));
		return Math.min(held, Math.max(Math.min(1, this.perToken * tokens), busiest));
	}

	/**
	 * A floor of tokenExpertPairs(tokens) ÷ tokens for every tokens > 0: the busiest rank's pairs
	 * are at least min(most, imbalance · mean) (z ≥ 0), both linear in tokens.
	 */
	get pairsPerTokenFloor(): number {
		const k = this.perToken;
		return Math.min(Math.min(k, this.held), (this.imbalance * k) / this.ranks);
	}

	tokenExpertPairs(tokens: number): number {
		if (!(tokens > 0)) return 0;
		const { perToken: k, z, imbalance } = this;
		const mean = (tokens * k) / this.ranks;
		const busiest = imbalance * mean + z * Math.sqrt(imbalance * mean * this.spill);
		const most = tokens * Math.min(k, this.held);
		return Math.min(most, Math.max(Math.min(1, tokens * k), busiest));
	}
}
