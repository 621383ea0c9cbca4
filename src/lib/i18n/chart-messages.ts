/**
 * Importing this registers the messages of the charts, their export and the formula inspector
 * (en-share.ts). Only those import it, and none is in the first render, so the messages ship in
 * their chunks, not on first visit.
 */
import { addMessages } from './index';
import { enShare } from './en-share';
import { zhShare } from './zh-share';

addMessages({ en: enShare, zh: zhShare });
