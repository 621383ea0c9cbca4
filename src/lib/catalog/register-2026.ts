import { registerSources } from './sources';
import { SOURCES_2026 } from './sources-2026';
import { registerSystemPresets } from './systems';
import { SYSTEMS_2026 } from './systems-2026';

/** Add the 2026 presets and their sources to the catalog (idempotent). One chunk, loaded lazily. */
export function register2026(): void {
	registerSources(SOURCES_2026);
	registerSystemPresets(SYSTEMS_2026);
}
