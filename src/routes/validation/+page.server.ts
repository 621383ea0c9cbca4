import { buildValidationTable } from '$lib/content/validation';
import type { PageServerLoad } from './$types';

// Computed by the model at prerender time (~0.1 s) and shipped as data, not code: the page's
// JavaScript stays small, and client-side navigation reads the prerendered __data.json.
// buildValidationTable is pure, so the same call works in a browser or a worker too.
export const load: PageServerLoad = () => ({ table: buildValidationTable() });
