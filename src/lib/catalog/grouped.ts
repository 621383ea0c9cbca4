/**
 * A published figure as the notes write it: thousands grouped with commas, digit for digit as
 * given ("57,674", "1,126,850", "9,921.02", as "22,282" beside them); the fraction stays as is.
 */
export function grouped(value: number | string): string {
	return String(value).replace(/^\d+/, (whole) => whole.replace(/\B(?=(\d{3})+$)/g, ','));
}
