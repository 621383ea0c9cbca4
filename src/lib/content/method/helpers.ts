import { findLlmPreset } from '../../catalog/llms';
import type { LlmSpec } from '../../model/llm';
import { specFromPresetId } from '../../model/scenario';
import type { SystemSpec } from '../../model/system';
import type { LocalText } from '../validation';
import type { ExampleFormat, MethodReference } from './types';

export function system(id: string): SystemSpec {
	const spec = specFromPresetId(id);
	if (!spec) throw new Error(`invalid system preset: ${id}`);
	return spec;
}

export function llm(id: string): LlmSpec {
	const preset = findLlmPreset(id);
	if (!preset) throw new Error(`invalid LLM preset: ${id}`);
	return preset.spec;
}

export const text = (en: string, zh: string): LocalText => ({ en, zh });
export const sheet = (t: string | LocalText): MethodReference => ({ kind: 'sheet', text: t });
export type Catalog = 'specs' | 'llm' | 'reliability' | 'training';
export const src = (catalog: Catalog, id: string): MethodReference => ({
	kind: 'source',
	catalog,
	id
});

/** Exact to floating point: the quoted value is the same arithmetic written out. */
export const EXACT = 1e-9;
/** Quoted to 3–4 significant digits. */
export const ROUNDED = 5e-3;

export const SI_B: ExampleFormat = { kind: 'si', unit: 'B' };
export const MIB = 1_048_576;
