/**
 * English counts for the model's own notes (the CLI prints them; the page words its own in the
 * reader's language): "1 chip", "72 chips".
 */
export function chipsText(count: number): string {
	return `${count} ${count === 1 ? 'chip' : 'chips'}`;
}

/** English bytes in GB to three significant figures, for the model's notes: "95.3 GB". */
export function gigabytesText(bytes: number): string {
	return `${Number((bytes / 1e9).toPrecision(3))} GB`;
}
