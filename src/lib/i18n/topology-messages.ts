/**
 * Importing this registers the topology schematic's messages (issue 13). Only the schematic imports
 * it, so they ship with its chunk, not on first visit.
 */
import { addMessages } from './index';
import { enTopologyView } from './en-topology-view';
import { zhTopologyView } from './zh-topology-view';

addMessages({ en: enTopologyView, zh: zhTopologyView });
