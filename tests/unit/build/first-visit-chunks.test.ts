import { describe, expect, it } from 'vitest';
import { chunkOf } from '../../../scripts/first-visit-chunks.mjs';

/*
 * A client module graph as the bundler reports it: each module's static importers and imports.
 * Node 0 is the root layout, node 2 wraps the main page, node 3 another page (Method); a view
 * the main page imports dynamically has no static importer.
 */
const GRAPH: Record<string, { importers: string[]; importedIds: string[] }> = {
	'/app/.svelte-kit/generated/client-optimized/app.js': { importers: [], importedIds: [] },
	'/app/.svelte-kit/generated/client-optimized/nodes/0.js': {
		importers: [],
		importedIds: ['/app/src/routes/+layout.svelte']
	},
	'/app/.svelte-kit/generated/client-optimized/nodes/2.js': {
		importers: [],
		importedIds: ['/app/src/routes/+page.svelte']
	},
	'/app/.svelte-kit/generated/client-optimized/nodes/3.js': {
		importers: [],
		importedIds: ['/app/src/routes/method/+page.svelte']
	},
	'/app/src/routes/+layout.svelte': {
		importers: ['/app/.svelte-kit/generated/client-optimized/nodes/0.js'],
		importedIds: []
	},
	'/app/src/routes/+page.svelte': {
		importers: ['/app/.svelte-kit/generated/client-optimized/nodes/2.js'],
		importedIds: []
	},
	'/app/src/routes/method/+page.svelte': {
		importers: ['/app/.svelte-kit/generated/client-optimized/nodes/3.js'],
		importedIds: []
	},
	'/app/src/lib/panel.svelte': { importers: ['/app/src/routes/+page.svelte'], importedIds: [] },
	'/app/src/lib/format.ts': {
		importers: ['/app/src/lib/panel.svelte', '/app/src/routes/method/+page.svelte'],
		importedIds: []
	},
	'/app/src/lib/header.svelte': { importers: ['/app/src/routes/+layout.svelte'], importedIds: [] },
	'/app/src/lib/tabs/TrainingTab.svelte': { importers: [], importedIds: [] },
	'/app/src/lib/model/training.ts': {
		importers: ['/app/src/lib/tabs/TrainingTab.svelte'],
		importedIds: []
	}
};
const context = {
	getModuleInfo: (id: string) => GRAPH[id] ?? null
} as unknown as Parameters<typeof chunkOf>[1];

describe('first-visit chunk groups', () => {
	it('put what only the main page imports in its own chunk', () => {
		expect(chunkOf('/app/src/lib/panel.svelte', context)).toBe('first');
		expect(chunkOf('/app/src/routes/+page.svelte', context)).toBe('first');
	});

	it('share what every page or another page also loads, so those pages skip the main page’s', () => {
		expect(chunkOf('/app/src/lib/header.svelte', context)).toBe('shared');
		expect(chunkOf('/app/src/lib/format.ts', context)).toBe('shared');
	});

	it('leave lazy modules and other pages’ own to the bundler, out of the first visit', () => {
		expect(chunkOf('/app/src/lib/model/training.ts', context)).toBeNull();
		expect(chunkOf('/app/src/routes/method/+page.svelte', context)).toBeNull();
	});
});
