import type { enShare } from './en-share';

/** Simplified Chinese for the share views; must have exactly the keys of en-share.ts. */
export const zhShare: Record<keyof typeof enShare, string> = {};
