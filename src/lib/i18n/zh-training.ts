import type { enTraining } from './en-training';

/** Simplified Chinese for the training views; must have exactly the keys of en-training.ts. */
export const zhTraining: Record<keyof typeof enTraining, string> = {};
