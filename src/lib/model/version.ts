/**
 * Version of the model's formulas and default assumptions. Bump it whenever a change moves any
 * number for an unchanged scenario, so old links can say their results have changed.
 */
export const MODEL_VERSION = '23';
