import { LLM_SOURCES, type LlmSourceId } from '../catalog/llm-sources';
import type { Source } from '../catalog/sources';
import { EFFICIENCY_SOURCES } from '../model/inference/efficiency-sources';
import { SERVING_LATENCY_SOURCES } from '../model/inference/latency-sources';
import { softwareFor } from '../model/inference/software';
import { SOFTWARE_FRACTIONS, type SoftwareFraction } from '../model/inference/software-fractions';
import type { SystemSpec } from '../model/system';

/**
 * Which software the serving efficiencies stand for (issue 12 item 7): the newest dated source
 * behind any of them. /method states it beside the software rounds; the inference view shows it
 * next to the efficiency assumptions. Small on purpose: the inference view imports it.
 */

/** A cited source with the date the page can show: published where known, else when it was read. */
export interface DatedSource {
	id: string;
	title: string;
	url: string;
	date: string;
	published: boolean;
}

export function datedSource(id: LlmSourceId): DatedSource {
	const source: Source = LLM_SOURCES[id];
	const published = source.published !== undefined;
	return {
		id,
		title: source.title,
		url: source.url,
		date: source.published ?? source.accessed,
		published
	};
}

/** Which software the efficiencies stand for: the newest dated measurement behind them. */
export interface SoftwareDate {
	/** Newest `published` date among the sources of every serving assumption, e.g. "2025-06". */
	asOf: string;
	/** The source that sets it. */
	newest: DatedSource;
	/** When the undated sources (repositories, docs) were read. */
	undatedReadOn: string;
	undated: DatedSource[];
}

export function softwareDate(): SoftwareDate {
	const ids = new Set<LlmSourceId>([
		...Object.values(EFFICIENCY_SOURCES).flatMap((s) => s.sources),
		...Object.values(SERVING_LATENCY_SOURCES).flatMap((s) => s.sources),
		...Object.values(SOFTWARE_FRACTIONS).flatMap((s) => s.sources)
	]);
	const sources = [...ids].map(datedSource);
	const dated = sources.filter((s) => s.published).sort((a, b) => b.date.localeCompare(a.date));
	const undated = sources.filter((s) => !s.published);
	const newest = dated[0];
	if (!newest) throw new Error('no dated source behind the serving assumptions');
	const reads = undated.map((s) => s.date).sort();
	return {
		asOf: newest.date,
		newest,
		undatedReadOn: reads[reads.length - 1] ?? newest.date,
		undated
	};
}

/** What one system's result assumes about its serving software, for the line next to it. */
export interface SystemSoftware {
	name: string;
	fraction: number;
	/** own: the system's a.sw; fitted / assumption: the software table's row for its family. */
	basis: 'own' | SoftwareFraction['basis'];
	/** The software the table's value stands for (e.g. "CUDA, TensorRT-LLM (MLPerf Inference v5.1)"). */
	stack: string;
	asOf: string;
}

export function systemSoftware(system: SystemSpec): SystemSoftware {
	const { fraction, family, overridden } = softwareFor(system);
	const entry = SOFTWARE_FRACTIONS[family];
	return {
		name: system.name,
		fraction,
		basis: overridden ? 'own' : entry.basis,
		stack: entry.stack,
		asOf: entry.asOf
	};
}
