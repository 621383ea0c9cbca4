import { describe, expect, it } from 'vitest';
import { llmCitations } from '../../../src/lib/catalog/llm-citations';
import { LLM_PRESETS } from '../../../src/lib/catalog/llms';
import { zhData } from '../../../src/lib/i18n/zh-data';
import { zhLlmData } from '../../../src/lib/i18n/zh-llm-data';
import { digitRuns } from './data-prose';

/** Every note the model's sources list (ModelSources.svelte) shows: each figure's, the weights'. */
function modelSourceNotes(): string[] {
	const notes = new Set<string>();
	for (const preset of LLM_PRESETS) {
		const citations = llmCitations(preset.id)!;
		for (const cite of Object.values(citations.cite)) if (cite.note) notes.add(cite.note);
		notes.add(citations.releasedNote);
	}
	return [...notes];
}

describe('the Chinese for the catalog models’ figure notes (zh-llm-data.ts)', () => {
	const notes = modelSourceNotes();

	it('translates every note the model’s sources list shows', () => {
		// 8 models: 37 distinct figure notes and 8 released-weights notes, a few shared.
		expect(notes.length).toBeGreaterThanOrEqual(40);
		expect(notes.filter((text) => !(text in zhLlmData || text in zhData))).toEqual([]);
	});

	it('holds no stale entry, and none the main page’s table (zh-data.ts) already has', () => {
		const current = new Set(notes);
		const keys = Object.keys(zhLlmData);
		expect(keys.filter((key) => !current.has(key))).toEqual([]);
		expect(keys.filter((key) => key in zhData)).toEqual([]);
	});

	it('writes every entry in Chinese, keeping the English numbers exactly', () => {
		const entries = Object.entries(zhLlmData);
		expect(entries.filter(([, chinese]) => !/[\u3400-\u9fff]/.test(chinese))).toEqual([]);
		const changed = entries.filter(
			([english, chinese]) => digitRuns(chinese).join(' ') !== digitRuns(english).join(' ')
		);
		expect(changed).toEqual([]);
	});
});
