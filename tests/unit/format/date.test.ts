import { describe, expect, it } from 'vitest';
import { unbrokenDate } from '../../../src/lib/format/date';

describe('unbrokenDate', () => {
	it('keeps an ISO date on one line: its hyphens become non-breaking hyphens', () => {
		expect(unbrokenDate('2024-03-18')).toBe('2024\u201103\u201118');
		expect(unbrokenDate('2026-12')).toBe('2026\u201112');
		expect(unbrokenDate('2025')).toBe('2025');
	});
});
