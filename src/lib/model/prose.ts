/**
 * English counts for the model's own notes (the CLI prints them; the page words its own in the
 * reader's language): "1 chip", "72 chips".
 */
export function chipsText(count: number): string {
	return `${count} ${count === 1 ? 'chip' : 'chips'}`;
}
