import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Comparison } from '../../../src/lib/state/comparison.svelte';

/**
 * A scale-up domain cannot exceed its system's chips, so fewer chips take the domain down with
 * them; more chips take it back up. Where it goes is worked out from the scenario alone (what the
 * link holds) and the edit: the same link plus the same edit gives the same domain in the session
 * that made the link, after a reload, in a recipient's browser, and after undo and redo.
 */
const domain = (c: Comparison, i = 0) => c.scenario.systems[i]!.scaleUpDomainChips;
/** A second page opening this one's link, as a reload or a recipient would. */
const reopened = (c: Comparison) => {
	const copy = new Comparison();
	copy.load(`?${c.query}`);
	expect(copy.notices).toEqual([]);
	return copy;
};

describe('the domain following the chips', () => {
	it('goes back up the same way in the session, from its link, and from a link typed by hand', () => {
		// GB200 NVL72: 72 chips in one 72-chip NVLink domain, dragged to 36 then 144.
		const session = new Comparison();
		session.setField(0, 'chips', 36);
		expect(domain(session)).toBe(36);
		const reloaded = reopened(session);
		const recipient = new Comparison();
		recipient.load('?v=1&a=gb200-nvl72&a.chips=36&a.domain=36');
		for (const page of [session, reloaded, recipient]) {
			page.setField(0, 'chips', 144);
			expect(domain(page)).toBe(72);
		}
		// CloudMatrix 384: 384 -> 192 -> 384 gives the 384-chip domain back, however it was opened.
		const cloud = new Comparison();
		cloud.setPreset(1, 'cloudmatrix-384');
		cloud.setField(1, 'chips', 192);
		const cloudReloaded = reopened(cloud);
		for (const page of [cloud, cloudReloaded]) {
			page.setField(1, 'chips', 384);
			expect(domain(page, 1)).toBe(384);
		}
	});

	it('gives the same domain after undo and redo as without them', () => {
		const comparison = new Comparison();
		const start = comparison.scenario;
		comparison.setField(0, 'chips', 36);
		const dragged = comparison.scenario;
		// What ScenarioHistory's undo and redo do: put back the scenarios it kept.
		comparison.replaceScenario(start);
		comparison.replaceScenario(dragged);
		comparison.setField(0, 'chips', 144);
		expect(domain(comparison)).toBe(72);
	});

	it('keeps a domain the reader typed, and says a pulled-down one followed the chips', () => {
		// GB200 NVL72 with a typed 8-chip domain, here and on a page opened from its link.
		const typedHere = new Comparison();
		typedHere.setField(0, 'scaleUpDomainChips', 8);
		for (const page of [typedHere, reopened(typedHere)]) {
			page.setField(0, 'chips', 144);
			expect(domain(page)).toBe(8);
			expect(page.domainFollowsChips(0)).toBe(false);
		}
		// A typed domain larger than the preset's stays when the chips grow.
		const typed = new Comparison();
		typed.setField(0, 'chips', 144);
		typed.setField(0, 'scaleUpDomainChips', 144);
		typed.setField(0, 'chips', 288);
		expect(domain(typed)).toBe(144);
		expect(typed.domainFollowsChips(0)).toBe(false);
		// Pulled down by the chips: said to follow them, on the page that dragged and on its link's.
		const dragged = new Comparison();
		dragged.setField(0, 'chips', 36);
		expect(dragged.domainFollowsChips(0)).toBe(true);
		expect(reopened(dragged).domainFollowsChips(0)).toBe(true);
		dragged.setField(0, 'scaleUpDomainChips', 18);
		expect(dragged.domainFollowsChips(0)).toBe(false);
	});

	it('never exceeds the chips, and depends only on the link and the edit (property)', () => {
		const presets = ['gb200-nvl72', 'cloudmatrix-384', 'hgx-b200', 'custom'] as const;
		const count = fc.integer({ min: 1, max: 1024 });
		const edit = fc.oneof(
			fc.record({ kind: fc.constant('chips' as const), value: count }),
			fc.record({ kind: fc.constant('domain' as const), value: count }),
			fc.record({ kind: fc.constant('preset' as const), value: fc.constantFrom(...presets) })
		);
		type Edit = { kind: 'chips' | 'domain'; value: number } | { kind: 'preset'; value: string };
		const apply = (c: Comparison, e: Edit) => {
			if (e.kind === 'preset') c.setPreset(0, e.value);
			else c.setField(0, e.kind === 'chips' ? 'chips' : 'scaleUpDomainChips', e.value);
		};
		fc.assert(
			fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
				const session = new Comparison();
				for (const e of edits) {
					// The same edit on a page that opened this one's link: the same system after.
					const other = reopened(session);
					apply(session, e);
					apply(other, e);
					const spec = session.scenario.systems[0]!;
					expect(spec.scaleUpDomainChips).toBeLessThanOrEqual(spec.chips);
					expect(other.scenario.systems[0]).toEqual(spec);
					expect(other.domainFollowsChips(0)).toBe(session.domainFollowsChips(0));
				}
			}),
			{ numRuns: 200, seed: 135 }
		);
	});
});
