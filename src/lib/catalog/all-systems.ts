import { SYSTEMS_2026 } from './systems-2026';
import { SOURCES_2026 } from './sources-2026';
import { registerSources } from './sources';
import { SYSTEM_PRESETS, registerSystemPresets } from './systems';

/**
 * Every preset, loaded eagerly: for the CLI, the tests and pages that are not the first visit.
 * Importing this module registers the 2026 presets.
 */
registerSources(SOURCES_2026);
registerSystemPresets(SYSTEMS_2026);
export const ALL_SYSTEM_PRESETS = SYSTEM_PRESETS;
