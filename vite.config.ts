import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { FIRST_VISIT_GROUPS } from './scripts/first-visit-chunks.mjs';

/**
 * Whole files of property or fuzz tests. A few fast property checks (a few hundred runs) stay
 * beside the examples they generalise, in the unit project.
 */
const PROPERTY_SUITES = [
	'tests/unit/**/*.property.test.ts',
	'tests/unit/**/*.fuzz.test.ts',
	'tests/unit/**/properties.test.ts'
];

export default defineConfig({
	plugins: [sveltekit()],
	// SOURCEMAP=1 for scripts/bundle-sources.ts (what the first visit downloads, by source file).
	build: {
		sourcemap: Boolean(process.env.SOURCEMAP),
		// The first visit's modules in two chunks instead of ~20 (scripts/first-visit-chunks.mjs).
		rolldownOptions: { output: { codeSplitting: { groups: FIRST_VISIT_GROUPS } } }
	},
	test: {
		// CI and these 2-core machines run busy: a test fails on what it checks, never on the clock.
		testTimeout: 60_000,
		hookTimeout: 60_000,
		// Both cores: Vitest's default leaves one core to its main process (one worker on 2 cores).
		maxWorkers: 2,
		// Each worker imports the model, catalog and codec once, not once per test file: with a fresh
		// module graph per file (Vitest's default), imports cost more than the tests themselves
		// (measured on this 2-core machine: unit 100 -> 40 s and component 64 -> 32 s of CPU).
		// Test files therefore share module state within a worker: a test must not leave a global,
		// a stub or a module-level setting changed (vi.unstubAllGlobals and friends in afterEach).
		isolate: false,
		// CI also writes a JSON report, read by .ci/run for its closing "N passed, N failed" line.
		reporters: process.env.VITEST_JSON ? ['default', 'json'] : ['default'],
		outputFile: process.env.VITEST_JSON ? { json: process.env.VITEST_JSON } : undefined,
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['tests/unit/**/*.test.ts'],
					exclude: PROPERTY_SUITES,
					setupFiles: ['tests/fixtures/seed.ts']
				}
			},
			{
				// Property and fuzz suites: fixed run counts (tests/fixtures/runs.ts: FUZZ_RUNS,
				// ROUND_TRIP_RUNS), one seed (tests/fixtures/seed.ts: FC_SEED) and a timeout sized
				// for thousands of cases on one busy core.
				// `npx vitest run --project property` runs them alone.
				extends: true,
				test: {
					name: 'property',
					environment: 'node',
					include: PROPERTY_SUITES,
					setupFiles: ['tests/fixtures/seed.ts'],
					testTimeout: 300_000
				}
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
