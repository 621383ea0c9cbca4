/**
 * Importing this registers the Chinese for the notes on each catalog model's figures
 * (zh-llm-data.ts). Only the model's sources list imports it, so the main page's Chinese chunk
 * does not carry it.
 */
import { addDataTranslations } from './index';
import { zhLlmData } from './zh-llm-data';

addDataTranslations({ zh: zhLlmData });
