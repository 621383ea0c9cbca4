/**
 * English for what a link's notices say, one line per ignored or changed part (notice-messages.ts
 * registers them; they load only when a link has notices).
 */
export const enNotices = {
	'notice.unknown-key': 'Unknown setting “{key}” was ignored.',
	/** A model field the link's model has no part for (KV heads on a latent-attention model). */
	'notice.not-in-model':
		'“{key}” does not apply to the model in use: its architecture has no such part; ignored.',
	'notice.extra-system':
		'A comparison holds at most {used} {used:system|systems}: “{key}” = “{given}” was ignored.',
	'notice.moved-slot':
		'System “{key}” is read as “{used}”, with its “{key}.” settings: a comparison fills its slots in order, from “a”.',
	'notice.orphan-key': '“{key}” belongs to a system that is not in the link; ignored.',
	'notice.baseline-only-key':
		'“{key}” belongs to a system that only the what-if baseline has: the baseline reads it; the scenario ignores it.',
	/** A model field the scenario's model lacks and the what-if baseline's has (`base.llm=…`). */
	'notice.baseline-only-model-key':
		'“{key}” does not apply to the scenario’s model, only to the what-if baseline’s: the baseline reads it; the scenario ignores it.',
	/** An alias the scenario ignores beside its key, which the baseline takes out (`base.basis=`). */
	'notice.baseline-only-old-key':
		'“{key}” is an earlier name of “{used}”, which the link also gives: the scenario reads “{used}” and ignores it; the what-if baseline, which takes “{used}” out, reads it.',
	'notice.old-key':
		'“{key}” was ignored: it is an earlier name of “{used}”, which the link also gives.',
	'notice.duplicate-key': '“{key}” appears more than once; the last value ({used}) was used.',
	'notice.not-a-number': '“{key}” = “{given}” is not a number; {used} was used.',
	/** Not a number, for a key that may stay unset: the link reads as if it had left it out. */
	'notice.ignored':
		'“{key}” = “{given}” is not a number; it was ignored, as if the link had not set it.',
	'notice.adjusted':
		'“{key}” = “{given}” does not fit its range or the other settings; {used} was used.',
	/**
	 * A system's or model's name: cut to its length, or stripped of invisible characters (helper-88:
	 * it read "does not fit its range", its given and used alike once shortened).
	 */
	'notice.name-cleaned':
		'“{key}” = “{given}”: a name keeps at most {max} characters and no control, invisible or broken (�) ones; “{used}” was used.',
	'notice.followed':
		'“{key}” was not in the link; its value {given} does not fit the settings the link gives, so {used} was used.',
	'notices.inBaseline': 'In the what-if baseline: ',
	'notices.more': 'and {count} more',
	'notice.not-whole': '“{key}” = “{given}” is not a whole number; {used} was used instead.',
	'notice.clamped': '“{key}” = “{given}” is out of range; {used} was used instead.',
	'notice.unknown-preset': 'There is no system preset “{given}”; {used} was used instead.',
	/**
	 * `base.a=` taking out the baseline's every system: the slot is read as empty, and its preset
	 * used. "There is no system preset “”" named no preset at all.
	 */
	'notice.baseline-emptied':
		'“{key}” is empty, which would leave no system; a comparison needs one, so the slot’s preset, {used}, was used.',
	'notice.unknown-model': 'There is no model preset “{given}”; {used} was used instead.',
	'notice.unknown-choice': '“{key}” = “{given}” is not a valid choice; {used} was used.',
	'notice.unknown-version':
		'This link is format version {given}, which this app does not know; it was read as version {used}.',
	'notice.missing-version': 'This link has no format version; it was read as version {used}.',
	'notice.not-a-model-version':
		'“m” = “{given}” is not a model version; results come from version {used}.',
	'notice.model-changed':
		'This link was made with model version {given}; results now come from version {used}.'
} as const;
