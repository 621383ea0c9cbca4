import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// SOURCEMAP=1 for scripts/bundle-sources.ts (what the first visit downloads, by source file).
	build: { sourcemap: Boolean(process.env.SOURCEMAP) },
	test: {
		// CI and these 2-core machines run busy: a test fails on what it checks, never on the clock.
		testTimeout: 60_000,
		hookTimeout: 60_000,
		// CI also writes a JSON report, read by .ci/run for its closing "N passed, N failed" line.
		reporters: process.env.VITEST_JSON ? ['default', 'json'] : ['default'],
		outputFile: process.env.VITEST_JSON ? { json: process.env.VITEST_JSON } : undefined,
		projects: [
			{
				extends: true,
				test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] }
			},
			{
				extends: true,
				plugins: [svelteTesting()],
				test: {
					name: 'component',
					environment: 'jsdom',
					include: ['tests/component/**/*.test.ts'],
					setupFiles: ['tests/component/setup.ts']
				}
			}
		]
	}
});
