/**
 * Importing this registers the training, energy, cost and reliability messages. Only the views
 * that show them import it, so those messages ship in the views' own chunk, not on first visit.
 */
import { addMessages } from './index';
import { enTraining } from './en-training';
import { zhTraining } from './zh-training';

addMessages({ en: enTraining, zh: zhTraining });
