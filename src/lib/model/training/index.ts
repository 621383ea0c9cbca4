/** Training and scale: step time, layout search, time to train, scale curve. Pure TypeScript. */
export * from './types';
export * from './efficiencies';
export * from '../collectives';
export * from './flops';
export * from './elementwise';
export * from './memory';
export * from './step';
export * from './fit';
export * from './pinned';
export * from './layout';
export * from './estimate';
export * from './scale-curve';
export * from './bounds';
export * from './match-size';
