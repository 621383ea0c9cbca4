/**
 * Importing this registers the saved list's messages. Only the saved panel imports it, so they
 * ship in its own chunk (fetched when the page is idle), not on first visit.
 */
import { addMessages } from './index';
import { enSaved } from './en-saved';
import { zhSaved } from './zh-saved';

addMessages({ en: enSaved, zh: zhSaved });
