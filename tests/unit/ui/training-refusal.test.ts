import { describe, expect, it } from 'vitest';
import '../../../src/lib/i18n/training-messages';
import { loadMessages } from '../../../src/lib/i18n';
import { unavailable } from '../../../src/lib/model/estimate-types';
import type { LayoutProblem } from '../../../src/lib/model/training';
import { trainingUnavailableText } from '../../../src/lib/ui/training/view-models';
import { i18nIn } from '../../fixtures/i18n';

await loadMessages('zh');

describe('why a pinned layout is refused, in words', () => {
	const refused = (problem: LayoutProblem) => ({
		...unavailable('not-applicable', 'the model’s English'),
		problem
	});
	const context = {
		precision: 'bf16' as const,
		override: { tp: 8, pp: 1, ep: 32, dp: 1152, microbatches: 1 },
		chips: 9216
	};

	it('groups the counts as every other message does ("9,216", not "9216")', () => {
		const problem = refused({ kind: 'ep-width', ep: 32, width: 9216 });
		expect(trainingUnavailableText(problem, context, i18nIn('en'))).toBe(
			'EP32 does not divide TP × CP × DP (9,216), the ranks expert groups are made of.'
		);
		expect(trainingUnavailableText(problem, context, i18nIn('zh'))).toBe(
			'EP32 不能整除 TP × CP × DP（9,216），专家组由这些 rank 组成。'
		);
	});

	it('names more chunks than layers', () => {
		const problem = refused({ kind: 'chunks', chunks: 128, layers: 61 });
		expect(trainingUnavailableText(problem, context, i18nIn('en'))).toBe(
			'The pinned layout makes 128 interleaved chunks (stages × chunks per stage); the model has 61 layers.'
		);
	});
});
