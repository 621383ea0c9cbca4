import { findSystemPreset } from './systems';
import { LAZY_PRESET_INDEX, isLazyPreset } from './preset-index';

let loading: Promise<void> | undefined;

/** Fetch the 2026 presets' chunk once and register them (later calls share the same promise). */
export function loadSystemPresets2026(): Promise<void> {
	loading ??= import('./register-2026').then((module) => module.register2026());
	return loading;
}

/** Resolves once the preset can be found synchronously (no-op for first-visit presets). */
export async function ensurePresetLoaded(id: string): Promise<void> {
	if (!findSystemPreset(id) && isLazyPreset(id)) await loadSystemPresets2026();
}

/** The lazily loaded preset ids a link names (a=…, b=…; the codec's slots), so the page can load them before decoding. */
export function lazyPresetsNamedIn(query: string): string[] {
	// Without `%`, a decoded value is its text in the query (`+` only decodes to a space, which no
	// id has): a query containing no lazy id names none, and a hostile 200 kB query (20,000 keys)
	// is not parsed here as well as by the codec.
	if (!query.includes('%') && !LAZY_PRESET_INDEX.some(({ id }) => query.includes(id))) return [];
	const params = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
	return [...params.entries()]
		.filter(([key, value]) => /^[a-d]$/.test(key) && isLazyPreset(value))
		.map(([, value]) => value);
}
