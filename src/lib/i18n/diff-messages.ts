/**
 * Importing this registers the messages of the diff against a pasted link. Only the diff view
 * imports it, so they ship with that view's chunk, not on first visit.
 */
import { addMessages } from './index';
import { enDiff } from './en-diff';
import { zhDiff } from './zh-diff';

addMessages({ en: enDiff, zh: zhDiff });
