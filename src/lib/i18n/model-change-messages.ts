/**
 * Importing this registers the messages of the note on a link made with another model version
 * (with the model's history). Only that note imports it, so they ship in its own chunk.
 */
import { addMessages } from './index';
import { enModelChange } from './en-model-change';
import { zhModelChange } from './zh-model-change';

addMessages({ en: enModelChange, zh: zhModelChange });
