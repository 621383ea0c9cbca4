/** One CSV row (view-csv.ts): system, item (a frontier point, "at target", …), quantity, value, unit. */
export type Value = number | string | null;
export type Row = [system: string, item: string, quantity: string, value: Value, unit: string];

/** The item of an input's row (a price, PUE): written as given, not rounded. */
export const ASSUMPTION = 'assumption';

/** "hbmStack" → "hbm_stack": a model key as the CSV's identifiers are written. */
export const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
