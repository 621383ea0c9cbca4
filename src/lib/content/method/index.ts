import { LLM_SOURCES } from '../../catalog/llm-sources';
import { RELIABILITY_SOURCES } from '../../catalog/reliability-sources';
import { SOURCES, type Source } from '../../catalog/sources';
import { SOURCES_2026 } from '../../catalog/sources-2026';
import { TRAINING_MEASUREMENT_SOURCES } from '../../catalog/training-measurements';
import type { LocalText } from '../validation';
import { OPERATIONS_SECTIONS } from './operations';
import { MODEL_SECTIONS } from './sections';
import { decodeStepView, latencyFitView, servingAssumptionRows } from './serving';
import { SERVING_SECTIONS } from './serving-sections';
import { softwareDate, softwareRounds } from './software';
import { TOPOLOGY_SECTIONS } from './topology';
import type { MethodExample, MethodReference, MethodSection } from './types';

export type { ExampleFormat, MethodExample, MethodReference, MethodSection } from './types';
export type { DecodeStepView, LatencyFitView, ServingAssumptionRow } from './serving';
export type { DatedSource } from '../software-date';
export type { RoundComparison, SoftwareDate } from './software';

/** Every /method section, in page order. */
export const METHOD_SECTIONS: readonly MethodSection[] = [
	...MODEL_SECTIONS,
	...SERVING_SECTIONS,
	...TOPOLOGY_SECTIONS,
	...OPERATIONS_SECTIONS
];

// /method is prerendered, so citing a 2026 preset's source here costs the page no JavaScript.
const CATALOGS: Record<'specs' | 'llm' | 'reliability' | 'training', Record<string, Source>> = {
	specs: { ...SOURCES, ...SOURCES_2026 },
	llm: LLM_SOURCES,
	reliability: RELIABILITY_SOURCES,
	training: TRAINING_MEASUREMENT_SOURCES
};

export type ResolvedReference =
	| { kind: 'source'; id: string; title: string; url: string }
	| { kind: 'sheet'; text: string | LocalText };

/** A reference with its title and link; null when the catalog has no such key. */
export function resolveReference(r: MethodReference): ResolvedReference | null {
	if (r.kind === 'sheet') return r;
	const source = CATALOGS[r.catalog][r.id];
	return source ? { kind: 'source', id: r.id, title: source.title, url: source.url } : null;
}

export interface MethodSectionView extends Omit<MethodSection, 'examples' | 'references'> {
	examples: (Omit<MethodExample, 'example'> & { value: number })[];
	references: ResolvedReference[];
}

/** Every section with its examples computed and its references resolved: what the page renders. */
export function methodView(
	sections: readonly MethodSection[] = METHOD_SECTIONS
): MethodSectionView[] {
	return sections.map(({ examples, references, ...rest }) => ({
		...rest,
		examples: examples.map(({ example, ...e }) => ({ ...e, value: example() })),
		references: references.map(resolveReference).filter((r): r is ResolvedReference => r !== null)
	}));
}

/** The serving sections' tables and chart (issue 12), computed with the model: what the page adds. */
export function methodServingView() {
	return {
		latencyFit: latencyFitView(),
		assumptions: servingAssumptionRows(),
		decodeStep: decodeStepView(),
		software: { rounds: softwareRounds(), date: softwareDate() }
	};
}

export type MethodServingView = ReturnType<typeof methodServingView>;
