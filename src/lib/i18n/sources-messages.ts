/**
 * Importing this registers the sources list's messages. Only its body (SourcesBody.svelte) imports
 * it, so they ship with that chunk, after the first render, not on first visit.
 */
import { addMessages } from './index';
import { enSources } from './en-sources';
import { zhSources } from './zh-sources';

addMessages({ en: enSources, zh: zhSources });
