import { findLlmPreset } from '../../src/lib/catalog/llms';
import { GB200_NVL72 } from '../../src/lib/catalog/systems';
import { specFromPreset } from '../../src/lib/model/scenario';
import { trainingScaleCurve } from '../../src/lib/model/training';

/** The scale chart's component tests draw one curve: Llama 3.1 405B trained on GB200 NVL72s. */
export const scaleSpec = specFromPreset(GB200_NVL72);
export const scalePoints = () =>
	trainingScaleCurve(scaleSpec, {
		model: findLlmPreset('llama-3.1-405b')!.spec,
		tokensToTrain: 15e12,
		globalBatchTokens: 16e6,
		sequenceTokens: 8192,
		precision: 'bf16',
		systems: 1,
		layout: null,
		overlap: 0.5
	});
