import { describe, expect, it } from 'vitest';
import type { Lever } from '../../../src/lib/model/sensitivity';
import { leverLabel } from '../../../src/lib/ui/claims/lever-label';
import { i18nIn } from '../../fixtures/i18n';

const lever = (system: number | null, field: Lever['field']) =>
	({ id: 'x', system, field, get: () => 0, set: (s) => s }) as Lever;

describe("a lever's name as plain text (goal-seek's options)", () => {
	const names = ['GB200 NVL72', 'مركز 2'];

	it('isolates the system with FSI … PDI, so a right-to-left name keeps to itself', () => {
		// U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE, as <bdi> does in markup.
		expect(leverLabel(lever(1, 'hbmBytes'), names, i18nIn('en'))).toBe(
			'\u2068B (مركز 2)\u2069: HBM capacity per chip'
		);
	});

	it('leaves a global lever as it is', () => {
		expect(leverLabel(lever(null, 'moeImbalance'), names, i18nIn('en'))).not.toMatch(
			/[\u2068\u2069]/
		);
	});
});
