/** The model's public surface. Pure TypeScript: runs in Node, a worker, the CLI and the page. */
export * from './units';
export * from './precision';
export * from './estimate-types';
export * from './system';
export * from './bounds';
export * from './scenario';
export * from './aggregate';
export * from './evaluate';
export * from './version';
export * from './normalize';
export * from './llm';
export * from './inference';
export * from './training';
export * from './reliability';
export * from './energy';
export * from './cost';
export * from './llm-edit';
