/**
 * Print the validation table (the same rows as /validation) as JSON on stdout:
 *   npm run -s validate
 * rows[]: {kind, id, measured, modelled, ratio, class, sample, sharesSourceWith}; summary: class
 * counts, median, max error factor, inference (held-out rows; the independent ones, the in-sample
 * rows and all rows beside) and training. Fields are in the README.
 */
import { buildValidationTable } from '../src/lib/content/validation.ts';
import { validationJson } from '../src/lib/content/validation-json.ts';

process.stdout.write(`${JSON.stringify(validationJson(buildValidationTable()), null, 2)}\n`);
