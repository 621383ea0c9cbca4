/**
 * Evidence that FP4 throughput is not the whole story: answer quality depends on the quantization
 * recipe. The inference view states it beside any FP4 result ('inference.fp4Quality' in
 * en-inference.ts and zh-inference.ts words these figures; keep them equal).
 * - #2936 (2026-07-17, and the poster's follow-up of 2026-07-23): a team's model, 61% on maths
 *   unquantized (precision not given), scored 30% in NVFP4 (41% with GPTQ) and 54% in GPTQ INT4.
 * - #3001: NVFP4 recipes on Qwen3-30B-A3B recovered 0.9227–1.0067 of the BF16 mean on
 *   gsm8k_platinum_cot_llama (three seeds); its other tests span about 0.90–1.03.
 */
export const FP4_QUALITY_SOURCES = [
	{
		title: 'llm-compressor #2936, “How to achieve high accuracy on NVFP4?” (2026-07-17)',
		url: 'https://github.com/vllm-project/llm-compressor/issues/2936'
	},
	{
		title:
			'llm-compressor #3001, “FP4 Baseline Benchmarking - MoE (No Rotations)” (accessed 2026-12)',
		url: 'https://github.com/vllm-project/llm-compressor/issues/3001'
	}
] as const;
