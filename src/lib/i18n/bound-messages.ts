/**
 * Importing this registers the names of what bounds an estimate (en-bound.ts). The views, the
 * summary, the charts, the formula inspector and /validation show them, none of them in the first
 * render, so the names ship in their chunks, not on first visit.
 */
import { addMessages } from './index';
import { enBound } from './en-bound';
import { zhBound } from './zh-bound';

addMessages({ en: enBound, zh: zhBound });
