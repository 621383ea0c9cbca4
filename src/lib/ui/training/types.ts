import type { Result } from '../../model/estimate-types';
import type { Precision } from '../../model/precision';
import type {
	ScalePoint,
	TrainingLayout,
	TrainingResult,
	TrainingSettings
} from '../../model/training';

/** One system slot as the training view shows it. */
export interface TrainingSystemView {
	/** 'a'…'d': colour, marker and ratio reference. */
	slot: string;
	name: string;
	/** Chips in one system (rack, supernode, 8-GPU board). */
	chipsPerSystem: number;
	scaleUpDomainChips: number;
	/** Systems joined over scale-out for this slot (its TrainingSettings.systems). */
	systems: number;
	/** Its pinned layout (TrainingSettings.layout); null = the model's automatic search. */
	layout: TrainingLayout | null;
	/**
	 * The precision its matrix math runs in: the training setting's, or the next wider float the
	 * chip has a figure for (FP8 on Ascend 910C: BF16). Omitted, it is taken to be the setting's.
	 */
	trainsIn?: Precision;
	/** estimateTraining(); null while the worker is still computing. */
	result: TrainingResult | null;
	/** trainingScaleCurve(); null while computing. */
	curve: ScalePoint[] | null;
	/**
	 * Time to train once interruptions are paid for: reliability's goodput and
	 * stretchTimeToTrain(result.timeToTrainS, goodput). Omit or null to hide the row.
	 */
	withInterruptions?: { goodput: number; timeToTrainS: Result } | null;
}

/** The shared training inputs shown (a TrainingSettings passes as is). */
export type TrainingViewSettings = Pick<
	TrainingSettings,
	'model' | 'tokensToTrain' | 'globalBatchTokens' | 'sequenceTokens' | 'precision' | 'overlap'
>;

export type TrainingNumberField =
	'tokensToTrain' | 'globalBatchTokens' | 'sequenceTokens' | 'overlap';
