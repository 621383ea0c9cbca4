import { nameAtChips, nameBesideCount } from '../../format/system-name';

/**
 * Names for sentences that set systems side by side: short (nameBesideCount: the sentence states
 * a count where it matters) unless two would read the same, then by their chips ("HGX H100 (72
 * GPU)" against "HGX H100 (8 GPU)"), and if still the same, with their slot letter: the reader
 * must tell every system apart.
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
	return atChips.map((name, i) =>
		repeated(atChips)(name) ? `${name}${open}${String.fromCharCode(65 + i)}${close}` : name
	);
}
