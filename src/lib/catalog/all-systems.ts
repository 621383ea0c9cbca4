import { register2026 } from './register-2026';
import { SYSTEM_PRESETS } from './systems';

/**
 * Every preset, loaded eagerly: for the CLI, the tests and pages that are not the first visit.
 * Importing this module registers the 2026 presets and their sources.
 */
register2026();
export const ALL_SYSTEM_PRESETS = SYSTEM_PRESETS;
