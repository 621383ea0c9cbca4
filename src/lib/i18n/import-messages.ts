/**
 * Importing this registers what an import says once it has read a file. Only the import's reader
 * (state/import-scenario.ts, loaded on first use or when the page is idle) imports it: a result
 * is shown only after that code has arrived.
 */
import { addMessages } from './index';
import { enImport } from './en-import';
import { zhImport } from './zh-import';

addMessages({ en: enImport, zh: zhImport });
