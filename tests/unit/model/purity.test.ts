import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every .ts file under a folder, recursively. */
function sources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []
	);
}

describe.each(['src/lib/model', 'src/lib/catalog', 'src/lib/share', 'src/lib/format'])('%s stays pure', (dir) => {
	it('imports only relative modules inside src/lib/model, catalog, share and format', () => {
		for (const file of sources(dir)) {
			const text = readFileSync(file, 'utf8');
			for (const [, spec] of text.matchAll(/from\s+['"]([^'"]+)['"]/g)) {
				expect(spec, `${file} imports ${spec}`).toMatch(/^\.\.?\//);
				expect(spec, `${file} imports ${spec}`).not.toMatch(/\/(ui|state|routes|i18n)\//);
			}
		}
	});

	it('uses no browser or Node globals', () => {
		for (const file of sources(dir)) {
			const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
			expect(code, file).not.toMatch(/\b(window|document|localStorage|navigator|process)\.|\brequire\(/);
		}
	});
});
