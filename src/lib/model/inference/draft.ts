/**
 * Share of drafted tokens the target model accepts (speculative decoding / MTP); its source is in
 * latency-sources.ts. On its own so that the serving defaults (DEFAULT_SERVING, on the first visit
 * through the link codec) do not bring the latency fit's data and arithmetic with them.
 */
export const DRAFT_ACCEPTANCE = 0.8;
