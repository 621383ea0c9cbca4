import type { LlmSourceId } from './llm-sources';

/**
 * The citations and caveats of catalog/llms.ts's presets, keyed by preset id: each shape field's
 * nature, sources and note, the released checkpoint's note, and the caveats the workload panel
 * shows. Kept apart from the shapes (which the first visit needs) so that this prose loads only
 * with the inference view; the numbers live in llms.ts.
 */

/**
 * models.md §0 nature codes: config = maker's config or reference code (C); config-mirror = a
 * third party's copy of the maker's config (C3); paper (P); model-card (M); secondary (S);
 * derived = arithmetic on other rows (D); assumption = Rackscale's labelled guess (A).
 */
export type LlmNature =
	'config' | 'config-mirror' | 'paper' | 'model-card' | 'secondary' | 'derived' | 'assumption';

export interface LlmCitation {
	nature: LlmNature;
	sources: LlmSourceId[];
	/** How the value was read or derived; starts with "Assumption" for assumptions. */
	note?: string;
}

/** The LlmSpec fields a citation is kept for (`attention` and `moe` cover their sub-fields). */
export type LlmField =
	| 'layers'
	| 'hiddenSize'
	| 'attention'
	| 'totalParams'
	| 'alwaysReadParams'
	| 'moe'
	| 'maxContextTokens';

/** Every LlmField, in the order a reader meets them (the model's sources list, the tests). */
export const LLM_FIELDS: readonly LlmField[] = [
	'layers',
	'hiddenSize',
	'attention',
	'totalParams',
	'alwaysReadParams',
	'moe',
	'maxContextTokens'
];

export interface LlmCitations {
	cite: Record<LlmField, LlmCitation>;
	releasedNote: string;
	/** Caveats a reader must see next to the numbers. */
	notes: string[];
}

const TOTAL_NOTE =
	'Total = always-read + MoE layers × experts × parameters per expert; embedding table excluded.';

function cite(nature: LlmNature, sources: LlmSourceId[], note?: string): LlmCitation {
	return note === undefined ? { nature, sources } : { nature, sources, note };
}

function llamaCite(alwaysNote: string): Record<LlmField, LlmCitation> {
	return {
		layers: cite('config', ['C5', 'C2']),
		hiddenSize: cite('config', ['C5', 'C2']),
		attention: cite('config', ['C5', 'M5'], 'GQA with 8 KV heads of 128 (C5 arch_args).'),
		totalParams: cite('derived', ['C5'], `Dense: total = always-read. ${alwaysNote}`),
		alwaysReadParams: cite('derived', ['C5'], alwaysNote),
		moe: cite('config', ['C5'], 'Dense model: no experts.'),
		maxContextTokens: cite('model-card', ['M5', 'S6'], '128K = 131,072.')
	};
}

const LLM_CITATIONS: Readonly<Record<string, LlmCitations>> = {
	'deepseek-r1': {
		cite: {
			layers: cite('config', ['C1', 'P1'], '61 transformer layers; the MTP layer is not counted.'),
			hiddenSize: cite('config', ['C1', 'P1']),
			attention: cite(
				'config',
				['C1', 'P1', 'C2'],
				'MLA: 128 query heads, kv-LoRA 512, RoPE 64, nope 128, v 128 (C1 config_671B.json).'
			),
			totalParams: cite(
				'derived',
				['C1', 'P1'],
				`${TOTAL_NOTE} 670.1B + 0.93B embedding = 671.0B.`
			),
			alwaysReadParams: cite(
				'derived',
				['C1'],
				'Attention 11.41 + dense FFN 1.19 + shared experts 2.55 + router 0.11 + head 0.93 = 16.19B.'
			),
			moe: cite(
				'config',
				['C1', 'P1'],
				'256 routed + 1 shared (in always-read), top-8, expert FFN 2048; first 3 layers dense.'
			),
			maxContextTokens: cite(
				'paper',
				['P1', 'C1'],
				'128K; the config lists 163,840 positions (YaRN 40 × 4,096).'
			)
		},
		releasedNote:
			'FP8 e4m3 with 128×128 block scales; embedding, head, norms and router BF16 (C1).',
		notes: [
			'R1 has the DeepSeek-V3 architecture (M2); its MTP module (11.6B) is modelled as one more layer (11.5B), held and run only while drafting.',
			'Active per token 36.6B excluding the embedding table; DeepSeek states 37B.'
		]
	},
	'kimi-k2': {
		cite: {
			layers: cite('model-card', ['M3', 'C2']),
			hiddenSize: cite('model-card', ['M3', 'C2']),
			attention: cite(
				'config-mirror',
				['C2', 'M3'],
				'MLA with DeepSeek-V3 dims and 64 query heads.'
			),
			totalParams: cite(
				'derived',
				['M3'],
				`${TOTAL_NOTE} 1,025.2B + 1.17B embedding = 1.026T; the README says 1T.`
			),
			alwaysReadParams: cite(
				'derived',
				['M3', 'C2'],
				'Attention 6.17 + dense FFN 0.40 + shared 2.64 + router 0.17 + head 1.17 = 10.55B.'
			),
			moe: cite(
				'model-card',
				['M3', 'C2'],
				'384 routed + 1 shared, top-8, expert FFN 2048; the first layer is dense.'
			),
			maxContextTokens: cite(
				'model-card',
				['M3', 'C2'],
				'128K (131,072); later variants list 256K.'
			)
		},
		releasedNote: 'Block-FP8 checkpoints (M3 §4).',
		notes: ['Derived total 1.026T; some secondary pages quote 1.04T (unconfirmed).']
	},
	'qwen3-235b-a22b': {
		cite: {
			layers: cite('paper', ['P3', 'C2', 'S4a']),
			hiddenSize: cite('config-mirror', ['C2', 'S4a']),
			attention: cite(
				'paper',
				['P3', 'C2'],
				'64 q / 4 KV heads (P3 Table 2); head dim 128 ≠ d/heads (C2).'
			),
			totalParams: cite('derived', ['P3'], `${TOTAL_NOTE} 234.5B + 0.62B embedding = 235.1B.`),
			alwaysReadParams: cite(
				'derived',
				['C2', 'S4a'],
				'Attention 6.70 + router 0.05 + head 0.62 = 7.37B.'
			),
			moe: cite(
				'paper',
				['P3', 'C2', 'S4a'],
				'128 routed, no shared, top-8, expert FFN 1536; every layer is MoE.'
			),
			maxContextTokens: cite('paper', ['P3'], '131,072 with YaRN; 32,768 native.')
		},
		releasedNote: 'BF16; Qwen also publishes block-wise FP8 variants (M4).',
		notes: ['Native context is 32,768 tokens; 131,072 needs YaRN.']
	},
	'llama-3.1-405b': {
		cite: llamaCite('405.85B derived total − 2.10B embedding table = 403.75B.'),
		releasedNote: 'BF16; Meta also ships an FP8 “fp8_mixed” checkpoint, FFN weights only (C5).',
		notes: []
	},
	'llama-3.3-70b': {
		cite: llamaCite('70.55B derived total − 1.05B embedding table = 69.50B.'),
		releasedNote: 'BF16.',
		notes: ['Same shape as Llama 3.1 70B (C5).']
	},
	'llama-3.1-8b': {
		cite: llamaCite('8.03B derived total − 0.53B embedding table = 7.50B.'),
		releasedNote: 'BF16.',
		notes: []
	},
	'gpt-oss-120b': {
		cite: {
			layers: cite('config', ['C7', 'C2']),
			hiddenSize: cite('config', ['C7', 'C2']),
			attention: cite(
				'config',
				['C7'],
				'GQA 64 q / 8 KV heads of 64; even layers use a 128-token sliding window (18 of 36).'
			),
			totalParams: cite('derived', ['C7', 'S7'], `${TOTAL_NOTE} Expert biases (~0.04B) omitted.`),
			alwaysReadParams: cite(
				'derived',
				['C7'],
				'Attention 0.96 + router 0.013 + head 0.58 ≈ 1.55B.'
			),
			moe: cite(
				'config',
				['C7'],
				'128 routed, no shared, top-4, expert FFN 2880 (3 · 2880 · 2880 per expert).'
			),
			maxContextTokens: cite('config', ['C7', 'C2'], '131,072 (YaRN factor 32 on 4,096).')
		},
		releasedNote:
			'MoE weights MXFP4 (4.25 bits with scales), the rest BF16; the model counts FP4 as 0.5 B.',
		notes: [
			'Active 5.13B excludes the embedding table and includes the unembedding (OpenAI’s convention).'
		]
	},
	'gpt-moe-1.8t': {
		cite: {
			layers: cite(
				'assumption',
				['S11'],
				'Assumption: 120 layers from the GPT-4 leak; NVIDIA has not said.'
			),
			hiddenSize: cite(
				'assumption',
				['S11'],
				'Assumption: d ≈ 10,752 (84 × 128), where 55B/120 attention (4d²) and 111B/120 per expert (8d²) agree. An NVIDIA tool reportedly lists 15,360 (second-hand, unconfirmed).'
			),
			attention: cite(
				'assumption',
				['S11'],
				'Assumption: GQA with 8 KV heads of 128 and 84 query heads: 491,520 B/token of KV at BF16, the low end of the 10× spread (full MHA would be 5.16 MB/token).'
			),
			totalParams: cite(
				'assumption',
				['S11', 'N10'],
				`Assumption: ${TOTAL_NOTE} 55B + 16 × 111B = 1.83T ≈ 1.8T.`
			),
			alwaysReadParams: cite(
				'assumption',
				['S11'],
				'Assumption: the leak’s ~55B shared (attention) parameters as stated; GQA-8 at d = 10,752 would need only ~30B, and the output head is unknown.'
			),
			moe: cite(
				'assumption',
				['N10', 'S11'],
				'Assumption: 16 experts (NVIDIA blog via a summary, S) in all 120 layers; top-2 and ~111B per expert from the leak.'
			),
			maxContextTokens: cite(
				'assumption',
				['N10'],
				'Assumption: 131,072; a summary of NVIDIA’s blog says context windows “exceed 128,000 tokens”.'
			)
		},
		releasedNote: 'Never released; the architecture is unpublished.',
		notes: [
			'Every architecture field is an assumption (GPT-4 leak shape, GQA-8); not a fact.',
			'Active ≈ 277B per token under these assumptions (leak: ~280B).'
		]
	}
};

/** A preset's citations; undefined for an id that is not a preset. */
/**
 * The ids a model's prose names inline ("… architecture (M2)", "(C1 config_671B.json)", "(P3
 * Table 2)"): a source-like code after a bracket or a space, before a space or ")". Every one
 * must be an LLM_SOURCES key (tests/unit/catalog/llms.test.ts); the sources list shows them.
 */
export function inlineSourceIds(c: LlmCitations): string[] {
	const prose = [
		c.releasedNote,
		...c.notes,
		...LLM_FIELDS.map((field) => c.cite[field].note ?? '')
	];
	return prose.flatMap((text) =>
		[...text.matchAll(/[(\s]([CMPS]\d+[a-z]?)(?=[\s)])/g)].map((m) => m[1]!)
	);
}

export function llmCitations(presetId: string): LlmCitations | undefined {
	return Object.hasOwn(LLM_CITATIONS, presetId) ? LLM_CITATIONS[presetId] : undefined;
}
