/**
 * Evidence that FP4 throughput is not the whole story: answer quality depends on the quantization
 * recipe. The inference view states it beside any FP4 result (en-inference.ts
 * 'inference.fp4Quality' words these figures; keep them equal).
 * - #2936 (2026-07-17): a team's model, 61% on maths in BF16, scored 30% in NVFP4 and 54% in
 *   GPTQ INT4 with llm-compressor.
 * - #3001: NVFP4 recipes on Qwen3-30B-A3B recovered 0.9227–1.0067 of the BF16 mean on the first
 *   task of its table (mean of three seeds).
 */
export const FP4_QUALITY_SOURCES = [
	{
		title: 'llm-compressor #2936, “How to achieve high accuracy on NVFP4?” (2026-07-17)',
		url: 'https://github.com/vllm-project/llm-compressor/issues/2936'
	},
	{
		title: 'llm-compressor #3001, “FP4 Baseline Benchmarking - MoE” (accessed 2026-12)',
		url: 'https://github.com/vllm-project/llm-compressor/issues/3001'
	}
] as const;
