/**
 * Importing this registers the inference and claims messages (workload, frontier, efficiencies,
 * sensitivity, goal-seek, claims). Only the code that shows them imports it, so those messages
 * ship in the views' own chunks, not on first visit.
 */
import { addMessages } from './index';
import { enInference } from './en-inference';
import { zhInference } from './zh-inference';

addMessages({ en: enInference, zh: zhInference });
