import type { LlmSpec } from '../model/llm';
import type { CrossRule, TextInput } from './schema';
import { cleanName } from './text';

/**
 * The served model's name when its shape is edited (`llm.name`); its editable numbers are
 * LLM_EDITABLE_FIELDS (model/llm-edit.ts: key, scale, limits, and how to read and write each on
 * a shape, since which fields exist depends on the attention and MoE kind).
 */
export const MODEL_NAME: TextInput = {
	key: 'name',
	path: 'name',
	default: '',
	label: 'diff.modelName',
	clean: cleanName
};

/**
 * Shapes that cannot exist (keys after `llm.`). The serving model's sanitizeModel applies the same
 * limits to whatever it is given; these give a link's reader a notice for each.
 */
export const MODEL_RULES: readonly CrossRule<LlmSpec>[] = [
	{
		keys: ['kv_heads'],
		why: 'Grouped-query attention shares each KV head among query heads.',
		apply: (m) => {
			if (m.attention.kind === 'gqa')
				m.attention.kvHeads = Math.min(m.attention.kvHeads, m.attention.queryHeads);
		}
	},
	{
		keys: ['top_k'],
		why: 'A token is routed to at most every expert.',
		apply: (m) => {
			if (m.moe) m.moe.expertsPerToken = Math.min(m.moe.expertsPerToken, m.moe.routedExperts);
		}
	},
	{
		keys: ['moe_layers'],
		why: 'MoE layers are among the layers.',
		apply: (m) => {
			if (m.moe) m.moe.moeLayers = Math.min(m.moe.moeLayers, m.layers);
		}
	}
];
