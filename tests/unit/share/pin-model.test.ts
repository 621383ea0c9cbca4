import { describe, expect, it } from 'vitest';
import { MODEL_VERSION } from '../../../src/lib/model/version';
import { pinnedToModel } from '../../../src/lib/share/pin-model';
import { checkClaims } from '../../../src/lib/share/claims-check';
import { claimsJson } from '../../../src/lib/share/claims-json';

describe('pinnedToModel (review item 5)', () => {
	it('puts m= after v=, keeps a version already named, and leaves the rest as it was', () => {
		expect(pinnedToModel('v=1&a=hgx-h100&basis=fp8')).toBe(
			`v=1&m=${MODEL_VERSION}&a=hgx-h100&basis=fp8`
		);
		expect(pinnedToModel('v=1&m=3&a=hgx-h100')).toBe('v=1&m=3&a=hgx-h100');
		expect(pinnedToModel('a=hgx-h100')).toBe(`m=${MODEL_VERSION}&a=hgx-h100`);
	});

	it('pins the claims JSON’s links too', () => {
		for (const claim of claimsJson(checkClaims()).claims) {
			expect(new URLSearchParams(claim.query).get('m'), claim.id).toBe(MODEL_VERSION);
			if (claim.fastestCommonTarget)
				expect(new URLSearchParams(claim.fastestCommonTarget.query).get('m')).toBe(MODEL_VERSION);
		}
	});
});
