import { nameAtChips, nameBesideCount } from '../../format/system-name';
import { formatWhole } from '../../format/number';
import { joinAside } from '../../i18n/asides';

/**
 * Names for sentences that set systems side by side: short (nameBesideCount: the sentence states
 * a count where it matters) unless two would read the same, then by their chips ("HGX H100 (72
 * GPU)" against "HGX H100 (8 GPU)"), and if still the same, short with their slot letter ("HGX
 * H100 (A)"): the reader must tell every system apart.
 */
export function distinctNames(
	systems: readonly { name: string; chips: number; edited?: boolean }[],
	locale: string,
	/**
	 * A system edited away from its preset named so ("CloudMatrix 384, edited"): a quoted ratio must
	 * not pass for the preset's. Also what tells it apart from an unedited copy of its preset.
	 */
	markEdited: (name: string) => string = (name) => name
): string[] {
	const repeated = (names: string[]) => (name: string) =>
		names.indexOf(name) !== names.lastIndexOf(name);
	// A count this adds ("TPU7x pod（4,096 颗芯片）") takes the mark in it, as one aside; a name's
	// own brackets are its text ("机柜（v2）（已修改）").
	const mark = (name: string, i: number, ownAside = false) => {
		if (!systems[i]!.edited) return name;
		const marked = markEdited(name);
		return ownAside && marked.startsWith(name)
			? joinAside(locale, name, marked.slice(name.length))
			: marked;
	};
	const short = systems.map((s, i) => mark(nameBesideCount(s.name), i));
	const zh = locale.startsWith('zh');
	const [open, close] = zh ? ['（', '）'] : [' (', ')'];
	const atChips = short.map((name, i) => {
		if (!repeated(short)(name)) return name;
		const { name: full, chips } = systems[i]!;
		const named = nameAtChips(full, chips, locale);
		// A preset's bare count ("TPU7x pod (9,216)") is read as a count in its own name only: at
		// another count ("TPU7x pod (4,096)") a sentence would state it again, "(4,096) (4,096
		// chips)". The count then takes its unit, which every reader of a name takes as a count.
		if (named === full || nameBesideCount(named) !== named) return mark(named, i);
		const unit = zh ? ' 颗芯片' : chips === 1 ? ' chip' : ' chips';
		return mark(
			`${nameBesideCount(full)}${open}${formatWhole(chips, locale)}${unit}${close}`,
			i,
			true
		);
	});
	// Still the same at their chips: the short name and the letter ("HGX H100 (A)"), since their
	// chips tell nothing apart and the hardware sentence states them after the name anyway. An
	// edited one's letter joins its mark: "CloudMatrix 384（已修改，A）"; a typed name's own brackets
	// stay its own ("机柜（v2）（A）").
	return atChips.map((name, i) => {
		if (!repeated(atChips)(name)) return name;
		const letter = `${open}${String.fromCharCode(65 + i)}${close}`;
		return systems[i]!.edited ? joinAside(locale, short[i]!, letter) : short[i]! + letter;
	});
}

/**
 * Of `names` (distinctNames'), those whose last bracket the summary added (the edit mark, a count,
 * a slot letter), with and without a count a sentence leaves out: an aside the sentence opens
 * after one joins it. A name as typed or preset ("机柜（v2）") ends in its own text, kept whole.
 */
export function namesWithAddedAside(
	systems: readonly { name: string; chips: number }[],
	names: readonly string[],
	locale: string
): Set<string> {
	const added = names.filter((name, i) => {
		const { name: given, chips } = systems[i]!;
		return ![given, nameBesideCount(given), nameAtChips(given, chips, locale)].includes(name);
	});
	return new Set([...added, ...added.map(nameBesideCount)]);
}
