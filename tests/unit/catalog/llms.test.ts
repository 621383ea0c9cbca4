import { describe, expect, it } from 'vitest';
import { LLM_SOURCES } from '../../../src/lib/catalog/llm-sources';
import { inlineSourceIds, LLM_FIELDS, llmCitations } from '../../../src/lib/catalog/llm-citations';
import { LLM_PRESETS, findLlmPreset } from '../../../src/lib/catalog/llms';
import { activeParams } from '../../../src/lib/model/llm';
import { kvBytesPerToken, storedParams } from '../../../src/lib/model/inference/shape';

const B = 1e9;

describe.each(LLM_PRESETS.map((p) => [p.name, p] as const))('LLM preset %s', (_name, preset) => {
	it('cites a known source for every field, and labels assumptions as such', () => {
		const citations = llmCitations(preset.id);
		expect(citations, preset.id).toBeDefined();
		for (const field of LLM_FIELDS) {
			const c = citations!.cite[field];
			expect(c.sources.length, field).toBeGreaterThan(0);
			for (const id of c.sources) expect(LLM_SOURCES, `${field} cites ${id}`).toHaveProperty(id);
			if (c.nature === 'assumption') expect(c.note ?? '', field).toMatch(/^Assumption/);
			if (c.nature === 'derived') expect((c.note ?? '').length, field).toBeGreaterThan(10);
		}
	});

	it('keeps total = always-read + every routed expert (embedding table excluded)', () => {
		expect(preset.spec.totalParams).toBeCloseTo(storedParams(preset.spec), -3);
		expect(preset.spec.alwaysReadParams).toBeLessThanOrEqual(preset.spec.totalParams);
		expect(preset.spec.id).toBe(preset.id);
	});

	it('is found by id', () => {
		expect(findLlmPreset(preset.id)).toBe(preset);
	});
});

describe('LLM catalog totals reproduce models.md §1–§3', () => {
	// models.md §3.2: active = always-read + moeLayers × k × one expert (3 · d · moe_inter).
	// [id, active excl. embedding (B), total excl. embedding (B) = models.md total − embedding]
	const cases: [string, number, number][] = [
		['deepseek-r1', 36.63, 671.03 - 0.93], // 16.19 + 58 × 8 × 44.04M = 36.63
		['kimi-k2', 31.69, 1026.4 - 1.17], // 10.55 + 60 × 8 × 44.04M = 31.69
		['qwen3-235b-a22b', 21.57, 235.09 - 0.62], // 7.37 + 94 × 8 × 18.87M = 21.56
		['llama-3.1-405b', 403.75, 405.85 - 2.1],
		['llama-3.3-70b', 69.5, 70.55 - 1.05],
		['llama-3.1-8b', 7.5, 8.03 - 0.53],
		['gpt-oss-120b', 5.13, 116.83 - 0.58] // 1.55 + 36 × 4 × 24.88M = 5.13; expert biases omitted
	];
	it.each(cases)('%s: active %sB, total %sB', (id, active, total) => {
		const spec = findLlmPreset(id)!.spec;
		expect(Math.abs(activeParams(spec) / B - active)).toBeLessThan(0.02);
		expect(Math.abs(spec.totalParams / B - total) / total).toBeLessThan(0.001);
	});

	it('gives the KV bytes per token of models.md §3.1 at BF16', () => {
		// DeepSeek: 61 layers × (512 + 64) × 2 B = 70,272 B.
		// Llama 70B: 2 × 80 layers × 8 KV heads × 128 × 2 B = 327,680 B.
		expect(kvBytesPerToken(findLlmPreset('deepseek-r1')!.spec, 2)).toBe(70_272);
		expect(kvBytesPerToken(findLlmPreset('kimi-k2')!.spec, 2)).toBe(70_272);
		expect(kvBytesPerToken(findLlmPreset('llama-3.3-70b')!.spec, 2)).toBe(327_680);
		expect(kvBytesPerToken(findLlmPreset('llama-3.1-405b')!.spec, 2)).toBe(516_096);
		expect(kvBytesPerToken(findLlmPreset('qwen3-235b-a22b')!.spec, 2)).toBe(192_512);
		// gpt-oss grows only in its 18 full-attention layers: 18 × 2 × 8 × 64 × 2 = 36,864 B.
		expect(kvBytesPerToken(findLlmPreset('gpt-oss-120b')!.spec, 2)).toBe(36_864);
	});

	it('marks every GPT-MoE-1.8T architecture field an assumption, GQA-8 at the low end', () => {
		const p = findLlmPreset('gpt-moe-1.8t')!;
		for (const field of LLM_FIELDS)
			expect(llmCitations(p.id)!.cite[field].nature, field).toBe('assumption');
		// 2 × 8 KV heads × 128 × 120 layers × 2 B = 491,520 B (models.md §2.8: ≈ 0.49 MB).
		expect(kvBytesPerToken(p.spec, 2)).toBe(491_520);
		// Leak: ~280B active; 55 + 120 × 2 × 0.925 = 277B.
		expect(activeParams(p.spec) / B).toBeCloseTo(277, 0);
		expect(p.spec.totalParams / B).toBeCloseTo(1831, 0);
		expect(p.releasedWeights).toBeNull();
	});

	it('has unique ids and the catalog models the brief asks for', () => {
		const ids = LLM_PRESETS.map((p) => p.id);
		expect(new Set(ids).size).toBe(ids.length);
		const wanted = ['deepseek-r1', 'kimi-k2', 'qwen3-235b-a22b', 'llama-3.1-405b'];
		wanted.push('llama-3.3-70b', 'llama-3.1-8b', 'gpt-oss-120b', 'gpt-moe-1.8t');
		expect(ids).toEqual(expect.arrayContaining(wanted));
		expect(findLlmPreset('no-such-model')).toBeUndefined();
	});
});

describe('the model notes’ inline citations', () => {
	// "(C3)" once stood in a note: a nature code (a copy of the maker's config), not a source, so
	// the model's sources list had nothing to show for it.
	it('name only sources the catalog has', () => {
		const unknown = LLM_PRESETS.flatMap((preset) =>
			inlineSourceIds(llmCitations(preset.id)!)
				.filter((id) => !Object.hasOwn(LLM_SOURCES, id))
				.map((id) => `${preset.id}: ${id}`)
		);
		// The notes do name some inline: DeepSeek-R1's "(M2)", "(C1 config_671B.json)".
		expect(inlineSourceIds(llmCitations('deepseek-r1')!)).toEqual(
			expect.arrayContaining(['M2', 'C1'])
		);
		expect(unknown).toEqual([]);
	});
});
