import { nameAtChips, nameBesideCount } from '../../format/system-name';

/**
 * Names for sentences that set systems side by side: short (nameBesideCount: the sentence states
 * a count where it matters) unless two would read the same, then by their chips ("HGX H100 (72
 * GPU)" against "HGX H100 (8 GPU)"), and if still the same, short with their slot letter ("HGX
 * H100 (A)"): the reader must tell every system apart.
 */
export function distinctNames(
	systems: readonly { name: string; chips: number }[],
	locale: string
): string[] {
	const repeated = (names: string[]) => (name: string) =>
		names.indexOf(name) !== names.lastIndexOf(name);
	const short = systems.map((s) => nameBesideCount(s.name));
	const atChips = short.map((name, i) =>
		repeated(short)(name) ? nameAtChips(systems[i]!.name, systems[i]!.chips, locale) : name
	);
	const [open, close] = locale.startsWith('zh') ? ['（', '）'] : [' (', ')'];
	// Still the same at their chips: the short name and the letter ("HGX H100 (A)"), since their
	// chips tell nothing apart and the hardware sentence states them after the name anyway.
	return atChips.map((name, i) =>
		repeated(atChips)(name) ? `${short[i]}${open}${String.fromCharCode(65 + i)}${close}` : name
	);
}
