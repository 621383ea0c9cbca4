import {
	COMPONENT_INVENTORIES,
	type CountFigure
} from '../../../src/lib/catalog/component-inventories';
import type { FigureOrMissing } from '../../../src/lib/catalog/figure';
import { LLM_PRESETS } from '../../../src/lib/catalog/llms';
import { llmCitations } from '../../../src/lib/catalog/llm-citations';
import { MEASURED_CASES } from '../../../src/lib/catalog/measurements';
import { ALL_SYSTEM_PRESETS as SYSTEM_PRESETS } from '../../../src/lib/catalog/all-systems';
import { SYSTEM_NOTES } from '../../../src/lib/catalog/system-notes';
import { CUSTOM_CHIP_VENDORS } from '../../../src/lib/catalog/preset-index';
import { EFFICIENCY_SOURCES } from '../../../src/lib/model/inference/efficiency-sources';
import { buildValidationTable } from '../../../src/lib/content/validation';
import { STEP_NOTE } from '../../../src/lib/model/inference/estimates';
import { PER_CHIP_NOTE, TRAINING_TRAFFIC_NOTES } from '../../../src/lib/model/training/estimate';
import { PAID_CHIP_HOURS_NOTE } from '../../../src/lib/model/cost';
import { WALL_TIME_NOTE } from '../../../src/lib/model/energy';
import { ENVELOPE_CHIPS_NOTE } from '../../../src/lib/model/energy';
import { OCS_BLAST_NOTE, PER_KIND_NOTE } from '../../../src/lib/model/reliability/estimate';

/** Every run of digits, sorted: "1,440 ÷ 72" → ["1", "440", "72"]. */
export const digitRuns = (text: string) => (text.match(/\d+/g) ?? []).sort();

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
		// `published` is left out: the page cites its sources but shows none of its figures' notes;
		// so is `topology`: the schematic shows its numbers, not its notes.
		const { published: _published, topology: _topology, denseFlopsPerS, ...rest } = preset;
		const figures: FigureOrMissing[] = [...Object.values(denseFlopsPerS)];
		for (const value of Object.values(rest)) if (typeof value === 'object') figures.push(value);
		for (const figure of figures) add(figure.note);
		// systems.ts keeps its figures' notes apart (shown by the same popover); `published` left out.
		for (const [path, note] of Object.entries(SYSTEM_NOTES[preset.id] ?? {}))
			if (!path.startsWith('published.')) add(note);
		// The system card's chip line: names with English words in them ("in", "dies") and Ascend's,
		// which Chinese writes 昇腾; product names alone (H100 SXM, B300 (HGX)) stay as they are.
		if (/\b[a-z]{2,}\b|^Ascend /.test(preset.chipName)) add(preset.chipName);
	}
	// Vendors Chinese writes by their Chinese names (the card's chip line, the picker's groups and
	// its custom-chip entries); NVIDIA, AMD, Google and AWS stay as written.
	for (const vendor of ['Huawei', ...CUSTOM_CHIP_VENDORS]) add(vendor);
	for (const inventory of COMPONENT_INVENTORIES) {
		const { systemId: _systemId, optics, ...counts } = inventory;
		const figures: CountFigure[] = [optics.scaleUp, optics.scaleOut, ...Object.values(counts)];
		for (const figure of figures) add(figure.note);
	}
	for (const source of Object.values(EFFICIENCY_SOURCES)) add(source.note);
	for (const preset of LLM_PRESETS) llmCitations(preset.id)?.notes.forEach(add);
	// Model names are names, except one that says what it is ("(assumed shape)").
	for (const preset of LLM_PRESETS) if (/\(.*\b[a-z]{2,}\b.*\)/.test(preset.name)) add(preset.name);
	for (const measured of MEASURED_CASES) add(measured.label);
	// The formula inspectors' notes (the inference and training views).
	add(STEP_NOTE);
	Object.values(TRAINING_TRAFFIC_NOTES).forEach(add);
	add(PER_CHIP_NOTE);
	add(PAID_CHIP_HOURS_NOTE);
	add(WALL_TIME_NOTE);
	add(ENVELOPE_CHIPS_NOTE);
	add(PER_KIND_NOTE);
	add(OCS_BLAST_NOTE);
	return [...notes];
}

/**
 * Every English sentence from the data that the validation page can show, read from the table the
 * page is built from: inference case names and their notes (InferenceCases), training case names,
 * known misses, layout notes and model notes (TrainingCases), cases listed but not checked yet (PendingCases), inference efficiency bases (AssumptionTables; the training
 * bases are written in both languages in content/validation.ts).
 */
export function validationPageDataProse(): string[] {
	const table = buildValidationTable();
	const notes = new Set<string>();
	const add = (note: string | null) => note !== null && notes.add(note);
	for (const row of table.inference) {
		[
			row.label,
			row.system.note,
			row.model.note,
			row.precision.note,
			row.tokensNote,
			row.note
		].forEach(add);
	}
	for (const row of table.training)
		[
			row.label,
			row.knownMiss,
			row.layoutNote,
			// Shown above the table where the model stands in for the one measured (StandIns).
			row.model.standInFor === null ? null : row.model.note
		].forEach(add);
	for (const row of table.pending) [row.label, row.measured, row.reason].forEach(add);
	for (const row of table.inferenceAssumptions) add(row.note);
	return [...notes];
}
