/**
 * Importing this registers the summary's messages. Only the summary imports it, so they ship in
 * its own chunk, not on first visit.
 */
import { addMessages } from './index';
import { enSummary } from './en-summary';
import { zhSummary } from './zh-summary';

addMessages({ en: enSummary, zh: zhSummary });
