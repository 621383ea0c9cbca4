/** Reliability: interruptions, MTBI, checkpoint interval, goodput, blast radius. */
export * from './rates';
export * from './rate-notes';
export * from './inventory';
export * from './checkpoint';
export * from './estimate';
export * from './bounds';
