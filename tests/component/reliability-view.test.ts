import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import Harness from './Harness.svelte';
import ReliabilityView, {
	type ReliabilitySystemView,
	type ReliabilityViewSettings
} from '../../src/lib/ui/reliability/ReliabilityView.svelte';
import {
	componentCounts,
	findComponentInventory
} from '../../src/lib/catalog/component-inventories';
import { CLOUDMATRIX_384, GB200_NVL72, HGX_B200 } from '../../src/lib/catalog/systems';
import { formatDuration, formatNumber, formatRatio } from '../../src/lib/format/number';
import { enTraining } from '../../src/lib/i18n/en-training';
import {
	DEFAULT_CHECKPOINT,
	DEFAULT_FAILURE_RATES,
	FAILURE_RATE_NOTES,
	defaultReliabilitySettings,
	estimateReliability,
	type ComponentCounts,
	type FailureRates
} from '../../src/lib/model/reliability';
import { specFromPreset } from '../../src/lib/model/scenario';
import type { SystemSpec } from '../../src/lib/model/system';

const SETTINGS: ReliabilityViewSettings = {
	rates: { ...DEFAULT_FAILURE_RATES },
	checkpointWriteS: DEFAULT_CHECKPOINT.checkpointWriteS,
	restartS: DEFAULT_CHECKPOINT.restartS
};

/** A slot as the page builds it: the preset's cited counts and the model's estimate. */
function slot(
	letter: string,
	spec: SystemSpec,
	systems: number,
	options: { pending?: boolean; counts?: Partial<ComponentCounts> } = {}
): ReliabilitySystemView {
	const inventory = findComponentInventory(spec.presetId!)!;
	const counts = { ...componentCounts(inventory), ...options.counts };
	const settings = defaultReliabilitySettings(counts, systems, spec.scaleUpDomainChips);
	return {
		slot: letter,
		name: spec.name,
		counts,
		inventory,
		systems,
		scaleUpDomainChips: spec.scaleUpDomainChips,
		result: options.pending ? null : estimateReliability(settings)
	};
}

const GB200 = specFromPreset(GB200_NVL72);
const CM384 = specFromPreset(CLOUDMATRIX_384);

function setup(systems: ReliabilitySystemView[], locale: 'en' | 'zh' = 'en') {
	const callbacks = {
		oncount: vi.fn(),
		onresetcounts: vi.fn(),
		onrate: vi.fn(),
		onresetrates: vi.fn(),
		onsetting: vi.fn()
	};
	render(Harness, {
		props: {
			component: ReliabilityView,
			locale,
			props: { systems, settings: SETTINGS, ...callbacks }
		}
	});
	return callbacks;
}

describe('ReliabilityView', () => {
	it('shows a computing state in place of the numbers', () => {
		setup([slot('a', GB200, 16, { pending: true }), slot('b', CM384, 3)]);
		const a = screen.getByTestId('reliability-a');
		expect(within(a).getByRole('status').textContent).toContain('Computing…');
		expect(screen.getByTestId('reliability-ratios').textContent).toContain('computing…');
	});

	it('shows interruptions, MTBI, Young/Daly interval, goodput and blast radius per system', () => {
		const a = slot('a', GB200, 16);
		const b = slot('b', CM384, 3);
		setup([a, b]);
		const ra = a.result!;
		const rb = b.result!;
		const rowA = screen.getByTestId('reliability-a').textContent ?? '';
		// 16 × 72 = 1,152 chips all stop; one failure drains a 72-chip domain.
		expect(rowA).toContain('1,152');
		expect(rowA).toContain('16 systems in the job');
		expect(rowA).toContain(formatNumber(ra.interruptionsPerDay.value));
		expect(rowA).toContain(formatDuration(ra.mtbiS.value));
		expect(rowA).toContain(formatDuration(ra.checkpointIntervalS.value));
		expect(rowA).toContain(`${formatNumber(ra.goodput.value * 100)}%`);
		expect(rowA).toMatch(/\u00a0(h|min)/);
		expect(screen.getByTestId('reliability-b').textContent).toContain('384');
		// CM384's thousands of optics make them its most frequent cause.
		expect(rb.dominantKind).toBe('opticalTransceiver');
		expect(screen.getByTestId('reliability-b').textContent).toContain('Optical transceiver');
		const ratio = formatRatio(rb.interruptionsPerDay.value / ra.interruptionsPerDay.value);
		expect(screen.getByTestId('reliability-ratios').textContent).toContain(
			`${ratio} the interruptions per day`
		);
		expect(screen.getByTestId('reliability-b').textContent).toContain(ratio);
		// Both goodputs with three digits, as compared: "99.0% against 99.7%", never "99% against".
		expect(screen.getByTestId('reliability-ratios').textContent).toMatch(
			/goodput \d\d\.\d% against \d\d\.\d%/
		);
	});

	it('says no interval works when one is shorter than its own checkpoint write', () => {
		// 100,000 CloudMatrix 384 (a link's 1e309, clamped): an interruption every 3.05 s, so
		// Young/Daly gives √(2 × 10 s × 3.05 s) = 7.81 s, shorter than the 10 s write (helper-127:
		// "Checkpoint every 7.81 s" beside it and 0% goodput).
		const huge = slot('b', CM384, 100_000);
		expect(huge.result!.checkpointOutrun).toBe(true);
		expect(huge.result!.goodput.value).toBe(0);
		const fine = slot('a', GB200, 16);
		expect(fine.result!.checkpointOutrun).toBe(false);
		setup([fine, huge]);
		expect(screen.getByTestId('reliability-b').textContent).toContain('none: a write takes longer');
		expect(screen.getByTestId('reliability-a').textContent).not.toContain('none:');
	});

	it('states both job sizes, and the per-chip ratio beside the whole-job one when they differ', () => {
		// One NVL72 (72 chips) against one CM384 (384): the bigger job fails more often just for
		// being bigger; per chip the gap is much smaller.
		const a = slot('a', GB200, 1);
		const b = slot('b', CM384, 1);
		setup([a, b]);
		const ra = a.result!;
		const rb = b.result!;
		const whole = rb.interruptionsPerDay.value / ra.interruptionsPerDay.value;
		const perChip = rb.interruptionsPerDay.value / 384 / (ra.interruptionsPerDay.value / 72);
		expect(perChip).toBeLessThan(whole / 3);
		expect(screen.getByTestId('reliability-ratios').textContent).toContain(
			`CloudMatrix 384 (384 chips) against GB200 NVL72 (72 chips): ${formatRatio(whole)} the interruptions per day for the whole job, ${formatRatio(perChip)} per chip;`
		);
	});

	it('gives one ratio when the jobs are the same size, and says so in Chinese', () => {
		// 16 × 72 = 1,152 = 3 × 384: the whole-job ratio is the per-chip one.
		setup([slot('a', GB200, 16), slot('b', CM384, 3)]);
		const line = screen.getByTestId('reliability-ratios').textContent ?? '';
		expect(line).toContain('CloudMatrix 384 (1,152 chips) against GB200 NVL72 (1,152 chips): ');
		expect(line).not.toContain('per chip');
		cleanup();
		setup([slot('a', GB200, 1), slot('b', CM384, 1)], 'zh');
		expect(screen.getByTestId('reliability-ratios').textContent).toMatch(
			/^CloudMatrix 384（384 颗芯片）对比 GB200 NVL72（72 颗芯片）：整个作业每天中断次数为其 [\d.]+×，按每颗芯片计为其 [\d.]+×；/
		);
	});

	it("states a job's chips once: a preset name's own count is left out beside them", () => {
		// Two HGX B200 boards (16 chips) against one NVL72: "HGX B200 (16 chips)", not
		// "HGX B200 (8 GPU) (16 chips)".
		setup([slot('a', GB200, 1), slot('b', specFromPreset(HGX_B200), 2)]);
		expect(screen.getByTestId('reliability-ratios').textContent).toContain(
			'HGX B200 (16 chips) against GB200 NVL72 (72 chips): '
		);
	});

	it('says "1 system in the job", not "1 systems"', () => {
		setup([slot('a', GB200, 1), slot('b', CM384, 2)]);
		expect(screen.getByTestId('reliability-a').textContent).toContain('1 system in the job');
		expect(screen.getByTestId('reliability-b').textContent).toContain('2 systems in the job');
	});

	it('marks optical transceivers as having no public rate, and shows every basis note', () => {
		setup([slot('a', GB200, 16)]);
		// Badged as every assumed rate is, its note saying why (helper-108: its own badge read
		// "No public rate: assumption" beside the others' "assumption").
		const optics = screen.getByTestId('rate-opticalTransceiverPerHour');
		expect(optics.querySelector('.badge')!.textContent!.trim()).toBe('assumption');
		expect(optics.textContent).toContain('No public per-transceiver rate.');
		for (const field of Object.keys(FAILURE_RATE_NOTES) as (keyof FailureRates)[]) {
			// The catalog carries the model's own note, word for word (translated in zh-training.ts).
			expect(enTraining[`reliability.rateNote.${field}`]).toBe(FAILURE_RATE_NOTES[field].note);
			expect(screen.getByTestId(`rate-${field}`).textContent).toContain(
				FAILURE_RATE_NOTES[field].note
			);
		}
		// Rates read per million hours, to the 3 significant digits the page prints (6.34213 → 6.34).
		const rate = screen.getByLabelText(
			'Accelerator package (not HBM): failures per million hours',
			{
				selector: 'input[type=text]'
			}
		) as HTMLInputElement;
		expect(rate.value).toBe(
			Number((DEFAULT_FAILURE_RATES.acceleratorPerHour * 1e6).toPrecision(3)).toString()
		);
		expect(rate.value).toMatch(/^\d\.\d{2}$/);
	});

	it('passes edits on: counts, rates, checkpoint and restart times', async () => {
		const callbacks = setup([slot('a', GB200, 16), slot('b', CM384, 3)]);
		const optics = screen.getByLabelText(
			'Optical transceivers (scale-up + scale-out) per system, CloudMatrix 384'
		);
		// 5,376 scale-up + 1,536 scale-out
		expect((optics as HTMLInputElement).value).toBe('6,912');
		await fireEvent.change(optics, { target: { value: '1,536' } });
		expect(callbacks.oncount).toHaveBeenCalledWith(1, 'opticalTransceivers', 1536);

		await fireEvent.change(optics, { target: { value: '-3' } });
		expect(screen.getByRole('status').textContent).toBe(
			'-3 is not a whole number from 0 to 10,000,000; kept 6,912'
		);
		expect((optics as HTMLInputElement).value).toBe('6,912');
		expect(callbacks.oncount).toHaveBeenCalledTimes(1);

		const rate = screen.getByLabelText('Optical transceiver: failures per million hours', {
			selector: 'input[type=text]'
		});
		await fireEvent.focus(rate);
		await fireEvent.input(rate, { target: { value: '1' } });
		expect(callbacks.onrate).toHaveBeenCalledWith('opticalTransceiverPerHour', 1e-6);
		// A rate typed with more digits than the page prints shows as typed, not rounded.
		await fireEvent.input(rate, { target: { value: '4.12081' } });
		expect(callbacks.onrate).toHaveBeenLastCalledWith('opticalTransceiverPerHour', 4.12081e-6);

		const write = screen.getByLabelText('Checkpoint write time (job blocked)', {
			selector: 'input[type=text]'
		});
		await fireEvent.focus(write);
		await fireEvent.input(write, { target: { value: '30' } });
		expect(callbacks.onsetting).toHaveBeenCalledWith('checkpointWriteS', 30);

		const restart = screen.getByLabelText('Restart time after an interruption', {
			selector: 'input[type=text]'
		});
		expect((restart as HTMLInputElement).value).toBe('10');
		await fireEvent.focus(restart);
		await fireEvent.input(restart, { target: { value: '5' } });
		expect(callbacks.onsetting).toHaveBeenCalledWith('restartS', 300);
	});

	it('marks an edited count with its preset value and offers a reset', async () => {
		const callbacks = setup([
			slot('a', GB200, 16),
			slot('b', CM384, 3, { counts: { opticalTransceivers: 1536 } })
		]);
		const optics = screen.getByLabelText(
			'Optical transceivers (scale-up + scale-out) per system, CloudMatrix 384'
		);
		const basis = document.getElementById(optics.getAttribute('aria-describedby')!)!;
		expect(basis.textContent).toContain('edited (preset 6,912)');
		expect((screen.getByRole('button', { name: 'Reset A' }) as HTMLButtonElement).disabled).toBe(
			true
		);
		await fireEvent.click(screen.getByRole('button', { name: 'Reset B' }));
		expect(callbacks.onresetcounts).toHaveBeenCalledWith(1);
	});

	it('names the two parts of the optics count apart where it says where the counts come from', () => {
		setup([slot('a', GB200, 16)]);
		const list = screen.getByText('Where the counts come from').closest('details')!;
		const items = [...list.querySelectorAll('li')].map((li) => li.textContent ?? '');
		// NVL72: no optics in the NVLink domain (0); to scale-out, 72 ports × 4 transceivers (288).
		expect(items.filter((t) => t.startsWith('Optical transceivers, scale-up 0 ('))).toHaveLength(1);
		expect(items.filter((t) => t.startsWith('Optical transceivers, scale-out 288 ('))).toHaveLength(
			1
		);
	});

	it('says where counts follow the generic rule, not a cited inventory, and that the ratio echoes it', () => {
		// A preset without an inventory (the 2026 systems): its counts are the generic rule's, not
		// the reader's ("your count", once, though nobody entered them).
		const generic = { ...slot('b', CM384, 3), name: 'TPU7x pod (9,216)', inventory: null };
		setup([slot('a', GB200, 16), generic]);
		expect(screen.getByTestId('reliability-generic').textContent?.trim()).toBe(
			'TPU7x pod (9,216) has no cited component inventory: its counts follow the generic rule per chip unless edited, so these ratios say more about that rule than about the design.'
		);
		expect(screen.getAllByText('assumption: generic rule')).toHaveLength(6);
		expect(screen.queryByText(/your count/)).toBeNull();
		cleanup();
		setup([slot('a', GB200, 16), slot('b', CM384, 3)]);
		expect(screen.queryByTestId('reliability-generic')).toBeNull();
	});

	it('in Chinese, keeps 和 a space from the Latin names it joins', () => {
		// "TPU7x pod (9,216)和Trn3 UltraServer (144)" ran the names into 和; the catalogs write a
		// space between Chinese and Latin (list-text.ts).
		const tpu = { ...slot('b', CM384, 3), name: 'TPU7x pod (9,216)', inventory: null };
		const trn = { ...slot('c', CM384, 3), name: 'Trn3 UltraServer (144)', inventory: null };
		setup([slot('a', GB200, 16), tpu, trn], 'zh');
		expect(screen.getByTestId('reliability-generic').textContent).toContain(
			'TPU7x pod (9,216) 和 Trn3 UltraServer (144)'
		);
	});

	it('ends each formula on the figure its table shows, with the same digits', async () => {
		// Three CloudMatrix 384s: 0.850 interruptions per day in the table, and in its formula
		// (once "= 0.85"), checked (✓: the sum over kinds is written out, once "Σ(…)" and
		// unchecked); goodput adds the table's percentage ("= 0.980 = 98.0%").
		setup([slot('a', GB200, 16), slot('b', CM384, 3)]);
		const details = screen
			.getByText('Show the math of these reliability figures')
			.closest('details')!;
		(details as HTMLDetailsElement).open = true;
		await fireEvent(details, new Event('toggle')); // jsdom does not fire it itself
		const maths = within(details)
			.getAllByTestId('formula')
			.map((m) => m.textContent ?? '')
			.filter((m) => m.startsWith('CloudMatrix 384'));
		const perDay = maths.find((m) => m.includes('accelerator + hbmStack'))!;
		const goodput = maths.find((m) => m.includes('Goodput'))!;
		const cell = screen.getByTestId('reliability-b').querySelector('td.compared')!.textContent!;
		expect(cell).toBe('0.850');
		expect(/= ([\d.]+)\s*✓/.exec(perDay)?.[1]).toBe(cell);
		expect(goodput).toMatch(/= 0\.\d{3} = \d{2}\.\d%/);
	});

	it('speaks Chinese', () => {
		setup([slot('a', GB200, 16)], 'zh');
		expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(
			'可靠性：中断、检查点与有效训练时间'
		);
		expect(screen.getByTestId('rate-opticalTransceiverPerHour').textContent).toContain(
			'无公开的单个光模块故障率。'
		);
		// An inventory field's name: the count's own brackets are not followed by another pair
		// (once "光模块（纵向扩展 + 横向扩展）（每套系统），GB200 NVL72").
		expect(screen.getByLabelText('光模块（纵向扩展 + 横向扩展），每套 GB200 NVL72')).toBeTruthy();
		// The restart time's unit too: "min" was English on this page (helper-91).
		const unit = document
			.getElementById('reliability-restartS-number')!
			.parentElement!.querySelector('.unit')!;
		expect(unit.textContent).toBe('分钟');
	});
});
