import { COMPONENT_INVENTORIES, type CountFigure } from '../../../src/lib/catalog/components';
import type { FigureOrMissing } from '../../../src/lib/catalog/figure';
import { LLM_PRESETS } from '../../../src/lib/catalog/llms';
import { MEASURED_CASES } from '../../../src/lib/catalog/measurements';
import { SYSTEM_PRESETS } from '../../../src/lib/catalog/systems';
import { EFFICIENCY_SOURCES } from '../../../src/lib/model/inference/efficiencies';

/**
 * Every English sentence from the cited data that the main page can show, read from the catalogs
 * themselves so a new note cannot slip past the translation table. Where each appears:
 * system figures and missing figures (SourceNote), component counts (InventoryTable), efficiency
 * bases (EfficiencyPanel), model caveats (WorkloadPanel), measured evidence (InferenceView).
 */
export function mainPageDataProse(): string[] {
	const notes = new Set<string>();
	const add = (note: string | undefined) => note !== undefined && notes.add(note);

	for (const preset of SYSTEM_PRESETS) {
		// `published` is left out: the page cites its sources but shows none of its figures' notes.
		const { published: _published, denseFlopsPerS, ...rest } = preset;
		const figures: FigureOrMissing[] = [...Object.values(denseFlopsPerS)];
		for (const value of Object.values(rest)) if (typeof value === 'object') figures.push(value);
		for (const figure of figures) add(figure.note);
	}
	for (const inventory of COMPONENT_INVENTORIES) {
		const { systemId: _systemId, optics, ...counts } = inventory;
		const figures: CountFigure[] = [optics.scaleUp, optics.scaleOut, ...Object.values(counts)];
		for (const figure of figures) add(figure.note);
	}
	for (const source of Object.values(EFFICIENCY_SOURCES)) add(source.note);
	for (const preset of LLM_PRESETS) preset.notes.forEach(add);
	for (const measured of MEASURED_CASES) add(measured.label);
	return [...notes];
}
