/**
 * English messages: the source catalog. Every UI string lives here or in the catalogs beside it
 * (and their zh*.ts twins), never in components.
 */
import { enTopology } from './en-topology';
import type { enValidation } from './en-validation';
import type { enTraining } from './en-training';
import type { enInference } from './en-inference';
import type { enDiff } from './en-diff';
import type { enTopologyView } from './en-topology-view';
import type { enSummary } from './en-summary';
import type { enSaved } from './en-saved';
import type { enImport } from './en-import';
import type { enModelChange } from './en-model-change';
import type { enNotices } from './en-notices';
import type { enBound } from './en-bound';
import type { enShare } from './en-share';
import type { enSources } from './en-sources';
import type { enPrecisionHint } from './precision-hint-messages';

export const en = {
	...enTopology,
	'app.title': 'Rackscale',
	'app.tagline': 'Compare rack-scale AI systems from first principles',
	'app.disclaimer':
		'Every number below is computed by a first-order model from cited vendor, analyst and measured figures; move them to test a claim.',
	'app.modelEstimate': 'Model estimate, not a measurement',
	'app.disclaimerLead': 'Model estimate, not a measurement.',
	'app.language': 'Language',
	'app.copyLink': 'Copy link',
	'app.copied': 'Link copied',
	'app.copyFailed': 'Could not copy; the link is in the address bar',
	'app.skip': 'Skip to results',
	// A leading space: it follows a sentence (Chinese needs none after 。).
	'app.modelVersion': ' Model version {version}',

	'notices.title': 'Parts of this link were ignored or changed',
	'notices.dismiss': 'Dismiss',
	'notices.loading': 'Loading the details…',
	'notices.loadFailed': 'The details could not be loaded (offline?). Reload the page to see them.',

	'inputs.title': 'Systems and their inputs',
	// The separator is part of the label: a full-width colon in Chinese, no space after it.
	'system.label': 'System {slot}: ',
	'system.preset': 'Preset',
	'system.reset': 'Reset to preset',
	'system.edited': 'edited',
	'system.custom': 'Custom (your own figures)',
	'system.customName': 'Custom system {slot}',
	'system.editedTitle': '{name}, edited: {what}',
	'system.editedChips': '{chips} {chips:chip|chips}',
	'system.editedFigures': '{count} {count:figure|figures}',
	'system.name': 'Name',
	'system.add': 'Add a system',
	'system.duplicate': 'Duplicate',
	'system.remove': 'Remove',
	'system.moveLeft': 'Move earlier',
	'system.moveRight': 'Move later',
	'system.actions': 'Actions for system {slot}',
	'system.showAll': 'Show all inputs ({count} more)',
	'system.showFewer': 'Show only chips and edited inputs',
	'system.reference': 'reference for ratios',
	'source.userEntered': 'your figure',

	'field.chips': 'Chips per system',
	'field.denseFlopsPerS': '{precision} dense compute per chip',
	'field.hbmBytes': 'HBM capacity per chip',
	'field.hbmBytesPerS': 'HBM bandwidth per chip',
	'field.scaleUpBytesPerS': 'Scale-up bandwidth per chip, per direction',
	'field.scaleUpDomainChips': 'Scale-up domain size',
	'field.scaleOutBytesPerS': 'Scale-out bandwidth per chip, per direction',
	'field.chipPowerW': 'Accelerator power per chip (TDP)',
	'field.allInPowerPerChipW': 'All-in power per chip (with CPUs, switches, optics, cooling)',
	'field.unsupported': 'Unsupported on this chip',
	'field.unknown': 'Not published',
	'field.invalid': 'Enter a number from {min} to {max}',
	'field.invalidWhole': 'Enter a whole number from {min} to {max}',
	'field.kept': '{given} is not a number from {min} to {max}; kept {kept}',
	'field.keptWhole': '{given} is not a whole number from {min} to {max}; kept {kept}',
	'field.keptEmpty': 'The field was empty; kept {kept}',
	'field.keptNothing': 'the field empty',
	'field.keptRule': '{given} does not fit the other settings; using {kept}',

	'unit.chip': 'chip',
	'unit.chips': 'chips',
	'unit.perW': 'per W',
	'unit.perTflops': 'W per TFLOP/s',
	'unit.days': 'days',

	'source.button': 'Source for {field}:',
	'source.nature': 'Nature: ',
	'source.note': 'Note: ',
	// Brackets in the message: full-width in Chinese.
	// Leading spaces: each follows a title (Chinese brackets carry their own).
	'source.published': ' (published {date})',
	'source.accessed': ' (accessed {date})',
	'source.noSource': 'No source: Rackscale’s stated assumption',
	'source.edited': 'Changed from the preset value {value}.',
	'nature.vendor': 'vendor spec',
	'nature.vendor-secondary': 'vendor spec, via secondary',
	'nature.analyst': 'analyst estimate',
	'nature.reported': 'press report',
	'nature.measured': 'measured',
	'nature.derived': 'derived',
	'nature.assumption': 'assumption',

	'results.title': 'Results',
	'results.caption': 'Side by side, with each system’s ratio to {reference}.',
	'results.metric': 'Metric',
	'results.ratio': '{system} ÷ {reference}',
	'results.groupAggregate': 'Whole system',
	'results.groupEfficiency': 'Efficiency (independent of chip count)',
	// A leading space: it follows a label (Chinese brackets carry their own).
	'results.lowerIsBetter': ' (lower is better)',
	'results.efficiencyPrecision': 'Efficiency rows at',
	'results.unsupported': 'unsupported',
	'results.unknown': 'not cited',
	// The preset gives the figure; the reader removed it (a link's "none", a field cleared).
	'results.removed': 'none (removed)',

	'metric.denseFlopsPerS.fp4': 'FP4 dense compute',
	'metric.denseFlopsPerS.fp8': 'FP8 dense compute',
	'metric.denseFlopsPerS.int8': 'INT8 dense compute',
	'metric.denseFlopsPerS.bf16': 'BF16 dense compute',
	'metric.hbmBytes': 'HBM capacity',
	'metric.hbmBytesPerS': 'HBM bandwidth',
	'metric.scaleUpBytesPerS': 'Scale-up bandwidth (sum, per direction)',
	'metric.scaleOutBytesPerS': 'Scale-out bandwidth (sum, per direction)',
	'metric.allInPowerW': 'All-in power',
	'metric.flopsPerSPerW': '{precision} compute per all-in watt',
	'metric.wattsPerFlopsPerS': 'All-in power per {precision} FLOP/s',
	'metric.hbmBytesPerFlop': 'HBM bytes per {precision} FLOP',
	'metric.hbmBytesPerChip': 'HBM capacity per chip',
	'metric.chipPowerW': 'Accelerator power per chip',
	'metric.allInPowerPerChipW': 'All-in power per chip',

	'chart.title': 'Ratios at a glance',
	'chart.description':
		'Bars show each system’s ratio to {reference} on a log scale; right of 1× means more.',
	'chart.loading': 'Loading the chart…',
	'chart.loadFailed': 'The chart could not be loaded (offline?). Reload the page to try again.',

	'export.title': 'Export and import',
	'export.csv': 'Download CSV',
	'export.json': 'Download JSON',
	'export.import': 'Import JSON…',
	'export.importFailed': 'That file holds no Rackscale scenario. Nothing was changed.',
	'export.failed': 'Could not build the file (offline?). Reload the page and try again.',
	'history.label': 'Undo and redo',
	'history.undo': 'Undo',
	'history.redo': 'Redo',
	'history.undoTitle': 'Undo the last change to the scenario (Ctrl+Z)',
	'history.redoTitle': 'Redo (Shift+Ctrl+Z)',
	'export.importTooLarge':
		'That file is {size} kB; a Rackscale export is far smaller (limit {limit} kB). Nothing was changed.',
	'export.importUnavailable':
		'The import could not run (offline, or the file could not be read). Nothing was changed.',
	'export.importNotJson': 'That file is not JSON. Nothing was changed.',

	'view.tabs': 'Views',
	'view.hardware': 'Hardware',
	'view.inference': 'LLM inference',

	'unit.tokens': 'tokens',

	'formula.show': 'Show the math for {metric}',
	'formula.hide': 'Hide the math for {metric}',
	'formula.loading': 'Loading the math…',
	'formula.loadFailed': 'The math could not be loaded (offline?). Reload the page to try again.',

	'view.training': 'Training',
	'view.energy': 'Energy & cost',
	'view.reliability': 'Reliability',
	'view.claims': 'Claim checks',
	'view.loading': 'Loading this view…',
	'view.loadFailed': 'This view could not be loaded (offline?). Reload the page to try again.',

	'nav.label': 'Pages',
	'nav.method': 'Method',
	'nav.validation': 'Validation',

	'sources.title': 'Sources',
	'sources.loading': 'Loading the sources…',
	'sources.loadFailed': 'The sources could not be loaded (offline?). Reload the page to try again.',
	'footer.about':
		'Rackscale is a first-order model. It shows what the inputs imply, not what a system measured.',

	// Per-system serving precision (issue 12 item 8; link key a.serve_prec).
	'system.servePrecision': 'Serving precision',
	'system.servePrecisionAuto': 'As the workload ({precision})',
	// Short enough for the card: "…; no figure on this chip)" was cut off at "on this".
	'system.servePrecisionAutoMissing': 'As the workload (no {precision} figure)',
	'system.servePrecisionMissing': '{precision} (no figure on this chip)',
	'system.servePrecisionHint':
		'Weights and matrix work of the served model on this system; the workload’s precisions are set in the inference view.',

	// Per-system serving software fraction (issue 12 item 7; link key a.sw).
	'system.softwareFraction': 'Software fraction',
	'system.softwareAuto': 'auto ({value})',
	'system.softwareHint':
		'Share of the kernel-level compute and HBM rates this system’s serving software reaches (0.05–1). Empty: the software table’s value for its chip family (see Method).'
} as const;

/**
 * Keys of the main catalog and of the catalogs that arrive with the code that shows them: the
 * Method/Validation pages' own, the training/energy/reliability views' (training-messages.ts)
 * the inference/claims views' (inference-messages.ts), the diff view's (diff-messages.ts), the
 * summary's (summary-messages.ts), the saved list's (saved-messages.ts), an import's result (import-messages.ts) and the note on a link
 * made with another model version (model-change-messages.ts) and a link's notices
 * (notice-messages.ts), the charts' and formula inspector's (chart-messages.ts), the names of
 * what bounds an estimate (bound-messages.ts) and the sources list's (sources-messages.ts).
 */
export type MessageKey =
	| keyof typeof en
	| keyof typeof enValidation
	| keyof typeof enTraining
	| keyof typeof enInference
	| keyof typeof enDiff
	| keyof typeof enTopologyView
	| keyof typeof enSummary
	| keyof typeof enSaved
	| keyof typeof enImport
	| keyof typeof enModelChange
	| keyof typeof enNotices
	| keyof typeof enShare
	| keyof typeof enSources
	| keyof typeof enPrecisionHint
	| keyof typeof enBound;
export type Messages = Record<keyof typeof en, string>;
