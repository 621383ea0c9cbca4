/** English messages for the share views; merged into the catalog by en.ts. */
export const enShare = {} as const;
