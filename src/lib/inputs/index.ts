import { OPERATION_INPUTS } from './operations';
import { SYSTEM_CHOICES, SYSTEM_INPUTS } from './system';
import { TRAINING_CHOICES, TRAINING_INPUTS, TRAINING_RULES } from './training';
import type { ChoiceInput, NumberInput } from './schema';

/**
 * Every input declared in the schema, by group. Scenario-wide inputs have paths in the Scenario;
 * per-system inputs (keys after a slot, `a.joined`) have paths in a SystemSpec. A group listed
 * here is fully on the schema: its link keys, limits, normaliser, diff rows and sliders all come
 * from its declarations, and the link decoder's before/after check skips its keys.
 */
export const SCENARIO_INPUTS: readonly NumberInput[] = [...TRAINING_INPUTS, ...OPERATION_INPUTS];
export const SCENARIO_RULES = [...TRAINING_RULES];
/** Words picked from a list (precisions), scenario-wide and per system. */
export const SCENARIO_CHOICES: readonly ChoiceInput[] = [...TRAINING_CHOICES];
export { SYSTEM_CHOICES, SYSTEM_INPUTS };
/**
 * Groups on the schema kept apart from the lists above: the link codec, its notices, the
 * normalisers and the diff (share/diff.ts) read them group by group, in link order. The deployment
 * keys and the names are compared by the diff as link text. The codec also reads PART_INPUTS,
 * LAYOUT_INPUT (inputs/deployment.ts, layout.ts), SYSTEM_TEXTS (system.ts) and the served model's
 * name and rules (model.ts) directly.
 */
export { EFFICIENCY_INPUTS, SERVING_CHOICES, SERVING_INPUTS } from './workload';
export { BASIS_CHOICES } from './basis';
export { DEPLOYMENT_INPUTS } from './deployment';

export * from './schema';
