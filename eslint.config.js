import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * The physics, catalog, codec and formatting run unchanged in Node, a worker, the CLI and the page:
 * they import only each other (relative paths, never ui/, state/, routes/ or i18n/) and touch no
 * browser or Node global.
 */
const PURE = {
	'no-restricted-imports': [
		'error',
		{
			patterns: [
				{ regex: '^(?!\\.\\.?/)', message: 'Pure module: relative imports only.' },
				{ regex: '/(ui|state|routes|i18n)/', message: 'Pure module: no UI, state or messages.' }
			]
		}
	],
	'no-restricted-globals': [
		'error',
		...['window', 'document', 'localStorage', 'navigator', 'process', 'require'].map((name) => ({
			name,
			message: 'Pure module: no browser or Node globals.'
		}))
	]
};

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'reports/',
			'test-results/',
			'screenshots/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { parser: ts.parser, svelteConfig } }
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			],
			// Links are relative to a static site at its root; resolve() adds nothing here.
			'svelte/no-navigation-without-resolve': 'off',
			// Plain Set/Date/URL inside classes and helpers are deliberately not reactive.
			'svelte/prefer-svelte-reactivity': 'off'
		}
	},
	{
		// `export type { … } from` in a module script is read as an import reassignment.
		files: ['**/*.svelte'],
		rules: { 'no-import-assign': 'off' }
	},
	{
		// CommonJS on purpose (scripts/estimate-cli.cjs: no ESM loader at start-up).
		files: ['**/*.cjs'],
		rules: { '@typescript-eslint/no-require-imports': 'off' }
	},
	{
		files: ['tests/**'],
		rules: { '@typescript-eslint/no-explicit-any': 'off' }
	},
	{
		files: [
			'src/lib/model/**',
			'src/lib/catalog/**',
			'src/lib/share/**',
			'src/lib/inputs/**',
			'src/lib/format/**',
			'src/lib/content/**'
		],
		rules: PURE
	}
);
