import { expect, test } from './fixtures';

test('says why a system has no training-run energy or cost (helper-106)', async ({ page }) => {
	// One HGX B200 (8 chips) cannot hold the training run's model: its "MWh per training run" cell
	// reads "no figure for this case", and the note under the table says why, as the training view
	// and the summary do.
	await page.goto('/?v=1&a=gb200-nvl72&b=hgx-b200&view=energy');
	const why = page.getByTestId('energy-why-training');
	await expect(why).toHaveCount(1, { timeout: 30_000 });
	await expect(why).toHaveText(
		'B: HGX B200 (8 GPU) has no training-run energy or cost. No layout tried on 8 chips fits in HBM: join more systems or use a smaller model.'
	);
	// The system that trains has no such note.
	await expect(why).not.toContainText('GB200');
});

test('says so when the run never finishes once interruptions are counted', async ({ page }) => {
	// 1,000 racks with an hour to checkpoint and ten to restart: goodput is zero, so the run has
	// a time to train but no end, and no energy or cost (the CLI: "Goodput is zero").
	await page.goto('/?v=1&a=gb200-nvl72&a.joined=1000&o.restart_s=36000&o.ckpt_s=3600&view=energy');
	const why = page.getByTestId('energy-why-training');
	await expect(why).toHaveText(
		'A: GB200 NVL72 has no training-run energy or cost. With interruptions counted, the run never finishes (they arrive faster than it can checkpoint and restart; see Reliability).',
		{ timeout: 30_000 }
	);
});
