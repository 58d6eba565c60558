import 'reflect-metadata';
import { bootConfig } from '@getit/config';
import { searchConfigSchema } from './config/search.config';
import { OpenSearchSearchIndex } from './infrastructure/opensearch-search.index';
import { loadSynonymLines } from './infrastructure/synonyms-file';

/**
 * `node dist/apps/search/src/reindex.js`: builds a new OpenSearch index with the current settings and synonyms file,
 * copies every document with a progress bar, then moves the alias (searches keep answering meanwhile). ADR 0017.
 */
async function reindex(env: NodeJS.ProcessEnv): Promise<void> {
  const config = bootConfig('search', searchConfigSchema, env);
  if (config.SEARCH_ENGINE !== 'opensearch' || !config.OPENSEARCH_URL) {
    process.stderr.write('reindex: SEARCH_ENGINE=opensearch and OPENSEARCH_URL are required (Postgres needs no reindex)\n');
    process.exitCode = 2;
    return;
  }
  const index = OpenSearchSearchIndex.connect(config.OPENSEARCH_URL, loadSynonymLines(), config.OPENSEARCH_INDEX_PREFIX);
  const started = Date.now();
  try {
    const next = await index.reindex((done, total) => {
      const width = 30;
      const filled = total ? Math.round((done / total) * width) : 0;
      process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
    });
    process.stderr.write(`\nreindex: alias ${index.alias} now on ${next} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  } finally {
    await index.close();
  }
}

reindex(process.env).catch((err: unknown) => {
  process.stderr.write(`reindex failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
