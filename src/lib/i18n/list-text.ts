/**
 * Latin letters, Greek (µs), digits and the signs that close or open a figure ("×1.42", "+4%",
 * "(A)"): text that Chinese in the catalogs keeps a space from ("单芯片 2,420 tokens/s").
 */
const LATIN_EDGE = /[\p{Script=Latin}\p{Script=Greek}\p{N}%()[\]+\-−]/u;

/**
 * A list joined by `format` (Intl.ListFormat); in Chinese, the conjunction "和" (or "或") gets a
 * space on each side where it meets a figure or Latin text, as the catalogs write Chinese beside
 * Latin: "单系统芯片数（A）×1.42和目标单用户速度×2" ran "1.42" into "和" (helper-145). Beside
 * Chinese or a full-width bracket it stays unspaced, as Chinese typography writes it; "、"
 * (full-width) never takes one.
 */
export function listText(format: Intl.ListFormat, items: readonly string[]): string {
	if (!format.resolvedOptions().locale.startsWith('zh')) return format.format(items);
	const parts = format.formatToParts(items);
	return parts
		.map((part, i) => {
			if (part.type !== 'literal' || !/^[和或]$/.test(part.value)) return part.value;
			const before = LATIN_EDGE.test(parts[i - 1]?.value.slice(-1) ?? '') ? ' ' : '';
			const after = LATIN_EDGE.test(parts[i + 1]?.value.charAt(0) ?? '') ? ' ' : '';
			return `${before}${part.value}${after}`;
		})
		.join('');
}
