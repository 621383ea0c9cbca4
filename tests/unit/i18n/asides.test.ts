import { describe, expect, it } from 'vitest';
import { addMessages, translatePieces, type MessageKey } from '../../../src/lib/i18n';
import { joinAside, joinAsides } from '../../../src/lib/i18n/asides';
import { piecesText } from '../../../src/lib/i18n/pieces';
import { enSummary } from '../../../src/lib/i18n/en-summary';
import { zhSummary } from '../../../src/lib/i18n/zh-summary';
import { translate } from '../../../src/lib/i18n';

addMessages({ en: enSummary, zh: zhSummary });

/** A system's name as the summary gives an edited one, in Chinese: with an aside of its own. */
const marked = translate('zh', 'summary.editedName', { name: 'CloudMatrix 384' });

describe('one bracketed aside after a name in Chinese', () => {
	it('merges a name’s own aside and the next into one: "（已修改，768 颗芯片）"', () => {
		expect(marked).toBe('CloudMatrix 384（已修改）');
		expect(joinAside('zh', marked, '（768 颗芯片）的算力')).toBe(
			'CloudMatrix 384（已修改，768 颗芯片）的算力'
		);
		// English reads "CloudMatrix 384, edited (768 chips)" already; a name without an aside, or
		// text after it that opens none, is joined as it is.
		expect(joinAside('en', 'Rack (v2)', ' (8 chips)')).toBe('Rack (v2) (8 chips)');
		expect(joinAside('zh', 'GB200 NVL72', '（72 颗芯片）')).toBe('GB200 NVL72（72 颗芯片）');
		expect(joinAside('zh', marked, '的算力')).toBe('CloudMatrix 384（已修改）的算力');
	});

	// Every summary sentence, with each name in it marked edited, reads one bracket after the name.
	it.each(Object.keys(zhSummary))('%s', (key) => {
		const params = Object.fromEntries(
			[...zhSummary[key as keyof typeof zhSummary].matchAll(/\{(\w+)\}/g)].map(([, name]) => [
				name!,
				marked
			])
		);
		const pieces = joinAsides('zh', translatePieces('zh', key as MessageKey, params));
		expect(piecesText(pieces)).not.toContain('）（');
		// Nor a space after the bracket: "CloudMatrix 384（已修改） 的" (helper-155).
		expect(piecesText(pieces)).not.toMatch(/）\s/);
		// The name stays one piece of its own, which the page isolates (<bdi>).
		for (const piece of pieces.filter((p) => p.param))
			expect(marked.startsWith(piece.text)).toBe(true);
	});

	it('in the hardware sentence as the page shows it', () => {
		const pieces = translatePieces('zh', 'summary.hardware', {
			system: marked,
			chips: '768',
			precision: 'BF16',
			reference: 'GB200 NVL72',
			referenceChips: '72',
			compute: '1.66×',
			hbm: '2.25×',
			power: '3.9×'
		});
		expect(piecesText(joinAsides('zh', pieces))).toMatch(
			/^CloudMatrix 384（已修改，768 颗芯片）的 BF16 算力是 GB200 NVL72（72 颗芯片）的 1\.66×/
		);
		expect(piecesText(joinAsides('en', pieces))).toBe(piecesText(pieces));
	});

	it('drops the space a message keeps before 的 after a name ending in a full-width bracket', () => {
		const pieces = (name: string, locale: 'zh' | 'en' = 'zh') =>
			translatePieces(locale, 'summary.inferenceSameSpeed', {
				system: name,
				reference: 'GB200 NVL72',
				perChip: '1.00×',
				perWatt: '0.910×',
				bound: 'HBM 带宽'
			});
		expect(piecesText(pieces('GB200 NVL72'))).toMatch(/^同一速度下，GB200 NVL72 的单芯片/);
		// A typed name's own brackets stay whole (no aside of the page's), and lose the space too.
		expect(piecesText(joinAsides('zh', pieces('机柜（v2）'), () => false))).toMatch(
			/^同一速度下，机柜（v2）的单芯片/
		);
		expect(piecesText(joinAsides('zh', pieces(marked)))).toMatch(
			/^同一速度下，CloudMatrix 384（已修改）的单芯片/
		);
		// A Latin name keeps its space, and English is left as it is.
		expect(piecesText(joinAsides('zh', pieces('GB200 NVL72')))).toMatch(/GB200 NVL72 的单芯片/);
		const english = pieces('Rack (v2)', 'en');
		expect(piecesText(joinAsides('en', english))).toBe(piecesText(english));
	});
});
