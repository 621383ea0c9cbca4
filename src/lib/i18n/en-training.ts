/** English messages for the training views; merged into the catalog by en.ts. */
export const enTraining = {} as const;
