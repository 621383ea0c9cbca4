/**
 * Importing this registers the topology schematic's messages (issue 13), and the note on a compute
 * figure a reader can enter ('unknown.flops', ui/compare/missing-figures.ts). Only lazily loaded
 * views import it, so they ship with their chunks, not on first visit.
 */
import { addMessages } from './index';
import { enTopologyView } from './en-topology-view';
import { zhTopologyView } from './zh-topology-view';

addMessages({ en: enTopologyView, zh: zhTopologyView });
