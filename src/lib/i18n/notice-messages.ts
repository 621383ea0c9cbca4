/**
 * Importing this registers the notice lines' messages. Only the notice list and the diff import
 * it, so they ship in their own chunks: most links have nothing to report.
 */
import { addMessages } from './index';
import { enNotices } from './en-notices';
import { zhNotices } from './zh-notices';

addMessages({ en: enNotices, zh: zhNotices });
