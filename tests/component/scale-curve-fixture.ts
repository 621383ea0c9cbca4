import { GB200_NVL72 } from '../../src/lib/catalog/systems';
import { specFromPreset } from '../../src/lib/model/scenario';
import { trainingScaleCurve } from '../../src/lib/model/training';
import { LLAMA_405B_TRAINING } from '../fixtures/training';

/** The scale chart's component tests draw one curve: Llama 3.1 405B trained on GB200 NVL72s. */
export const scaleSpec = specFromPreset(GB200_NVL72);
export const scalePoints = () => trainingScaleCurve(scaleSpec, LLAMA_405B_TRAINING);
