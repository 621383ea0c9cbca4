/**
 * Print the validation table (the same rows as /validation) as JSON on stdout:
 *   npm run -s validate
 * rows[]: {kind, id, measured, modelled, ratio, class}; summary: class counts, median and maximum
 * error factor, inference and training separately. Fields are described in the README.
 */
import { buildValidationTable } from '../src/lib/content/validation.ts';
import { validationJson } from '../src/lib/content/validation-json.ts';

process.stdout.write(`${JSON.stringify(validationJson(buildValidationTable()), null, 2)}\n`);
