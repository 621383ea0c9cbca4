/**
 * A JSON export is ~20-60 kB; past this a file is not one, and is refused unread. On its own so
 * the export menu can say so without the first visit downloading the reader (import-scenario.ts).
 */
export const MAX_IMPORT_BYTES = 1_000_000;
