import type { enValidation } from './en-validation';

/** Simplified Chinese for the validation views; must have exactly the keys of en-validation.ts. */
export const zhValidation: Record<keyof typeof enValidation, string> = {};
