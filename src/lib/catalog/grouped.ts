/**
 * A published figure as the notes write it: thousands grouped with commas, digit for digit as
 * given ("57,674", "1,126,850", "9,921.02", as "22,282" beside them); the fraction stays as is.
 */
export function grouped(value: number | string): string {
	const [whole, fraction] = String(value).split('.');
	const digits = whole.replace(/\B(?=(\d{3})+$)/g, ',');
	return fraction === undefined ? digits : `${digits}.${fraction}`;
}
