/** English messages for the validation views; merged into the catalog by en.ts. */
export const enValidation = {} as const;
