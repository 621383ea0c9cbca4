/**
 * An ISO date ("2024-03-18", "2026-12") for running text: the browser may break a line after a
 * hyphen ("2024-03-" / "18"), so the hyphens become non-breaking ones (U+2011), which look the same.
 */
export function unbrokenDate(date: string): string {
	return date.replaceAll('-', '\u2011');
}
