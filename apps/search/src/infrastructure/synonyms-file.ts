import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSynonymLines } from '../domain/synonyms';

/** apps/search/synonyms/banglish-synonyms.txt, whether running from source or from dist/. */
export const SYNONYMS_FILE = join(__dirname, '..', '..', 'synonyms', 'banglish-synonyms.txt').replace(
  '/dist/apps/',
  '/apps/',
);

/** The maintained synonym groups (Solr format), as OpenSearch's synonym_graph filter takes them. */
export function loadSynonymLines(file = SYNONYMS_FILE): string[] {
  return parseSynonymLines(readFileSync(file, 'utf8'));
}
