#!/usr/bin/env node
// `npm run bench:search`: search on OpenSearch through the gateway. Starts search (SEARCH_ENGINE=opensearch, its own
// index prefix) and the gateway in front of it as separate processes, indexes the demo catalogue, then loads two
// scenarios with autocannon: faceted search (filters, facets, sort) and autocomplete. Then measures freshness: a
// product change written to the index the way search's indexer writes it, until a search through the gateway finds
// it (OpenSearch write + refresh + query; the Kafka hop before it is not in this figure). docs/adr/0017.
// The catalog upstream is a bare HTTP stand-in: the gateway checks its health, the scenarios never call it.
// Anonymous reads, so the gateway's shared cache answers repeats for up to 200 ms (ADR 0017); each row says how
// many requests reached search itself, and the header the machine's load (the figures move with it).
//
//   npm run bench:search -- [--connections 16] [--duration 5] [--warmup 2] [--changes 100]
// Needs OPENSEARCH_URL (or `npm run infra:up`), a local Postgres, and built dist
// (npx nx run-many -t build -p search,gateway,embedded: the demo catalogue comes from embedded's data files).
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { measure } from './lib/load.mjs';
import { Children, freePort } from './lib/processes.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const require = createRequire(import.meta.url);
const dist = (path) => join(root, 'dist/apps', path);
const log = (line) => process.stderr.write(`[bench:search] ${line}\n`);

const { values: args } = parseArgs({
  options: {
    connections: { type: 'string', default: '16' },
    duration: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '2' },
    changes: { type: 'string', default: '100' },
  },
});

const FACETED = [
  '/api/search?q=saree&limit=24',
  '/api/search?q=saree&attr=fabric%3ASilk&limit=24',
  '/api/search?q=phone&brand=Samsung,Xiaomi&sort=price-asc&limit=24',
  '/api/search?q=%E0%A6%AE%E0%A7%8B%E0%A6%AC%E0%A6%BE%E0%A6%87%E0%A6%B2&priceMax=2000000&limit=24',
  '/api/search?q=panjabi&attr=colour%3AMaroon&limit=24',
  '/api/search?q=smart%20tv&sort=price-desc&limit=24',
  '/api/search?q=honey&inStock=true&limit=24',
  '/api/search?q=laptop&category=laptops&limit=24',
];
const AUTOCOMPLETE = ['jam', 'sam', 'pan', 'lap', 'hon', 'wal', '%E0%A6%B6%E0%A6%BE', 'red'].map(
  (q) => `/api/search/suggest?q=${q}&limit=5`,
);

function opensearchUrl() {
  if (process.env.OPENSEARCH_URL) return process.env.OPENSEARCH_URL;
  const file = join(root, '.infra/infra.json');
  const url = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).env?.OPENSEARCH_URL : undefined;
  if (!url) throw new Error('no OPENSEARCH_URL: run `npm run infra:up` first');
  return url;
}

/** Requests search itself answered so far (its RED counter), all routes under /search. */
async function searchServed(origin) {
  const text = await (await fetch(`${origin}/metrics`)).text();
  let n = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith('http_server_requests_total{') && /route="\/search/.test(line)) n += Number(line.split(' ').pop());
  }
  return n;
}

const loadNow = () => loadavg().map((l) => l.toFixed(1)).join(' ');

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function main() {
  const loadAtStart = loadNow();
  for (const svc of ['search', 'gateway', 'embedded']) {
    if (!existsSync(dist(`${svc}/src/main.js`))) throw new Error(`dist/apps/${svc} missing: build it first`);
  }
  const osUrl = opensearchUrl();
  const prefix = `bench-${process.pid}-`;
  const adminUrl = process.env.DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const dbName = `getit_bench_search_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}"`);
  const dbUrl = Object.assign(new URL(adminUrl), { pathname: `/${dbName}` }).toString();
  const children = new Children();
  const env = (port, extra) => ({ NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', ...extra });
  const start = async (name, script, vars) => {
    const handle = children.start(name, script, vars);
    await children.waitReady(handle, Number(vars.PORT));
    return { ...handle, origin: `http://127.0.0.1:${vars.PORT}` };
  };
  try {
    const search = await start('search', dist('search/src/main.js'), env(await freePort(), {
      DATABASE_URL: dbUrl,
      MESSAGING_TRANSPORT: 'in-process',
      SEARCH_ENGINE: 'opensearch',
      OPENSEARCH_URL: osUrl,
      OPENSEARCH_INDEX_PREFIX: prefix,
    }));
    const standIn = await start('catalog stand-in', join(here, 'servers/bare-http.mjs'), env(await freePort(), {}));
    const gateway = await start('gateway', dist('gateway/src/main.js'), env(await freePort(), {
      CATALOG_URL: standIn.origin,
      SEARCH_URL: search.origin,
      RATE_LIMIT_IP_PER_MINUTE: '999999999',
      REDIS_URL: '',
    }));

    // The index the service created, written the way its indexer writes (toDocument, external versions).
    const { OpenSearchSearchIndex } = require(dist('search/src/infrastructure/opensearch-search.index.js'));
    const { loadSynonymLines } = require(dist('search/src/infrastructure/synonyms-file.js'));
    const index = OpenSearchSearchIndex.connect(osUrl, loadSynonymLines(), prefix);
    await index.ensureIndex();
    const { TANGAIL_FASHION, TANGAIL_HOME } = require(dist('embedded/src/demo-products-tangail.data.js'));
    const { DHAKA_GADGETS } = require(dist('embedded/src/demo-products-dhaka.data.js'));
    const { documentAttributes, variantOptionText } = require(dist('search/src/domain/search-document.js'));
    const vendor = randomUUID();
    const doc = (p, title = p.en) => ({
      productId: randomUUID(), vendorId: vendor, slug: title.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
      title: { en: title, bn: p.bn }, brand: p.brand, categoryPath: [p.category],
      attributes: documentAttributes(p.attributes, p.variants), optionText: variantOptionText(p.variants),
      pricePoisha: p.variants[0].taka * 100, inStock: true, version: 1, createdAt: new Date().toISOString(),
    });
    const catalogue = [...TANGAIL_FASHION, ...TANGAIL_HOME, ...DHAKA_GADGETS];
    for (const p of catalogue) await index.upsert(undefined, doc(p));
    await index.refresh();
    log(`indexed ${catalogue.length} demo products into ${prefix}products`);

    const load = async (paths) => {
      const before = await searchServed(search.origin);
      const result = await measure({
        origin: gateway.origin, paths, connections: Number(args.connections),
        warmupSeconds: Number(args.warmup), durationSeconds: Number(args.duration), pids: [gateway.pid, search.pid],
      });
      // warm-up included: the counter cannot tell the two windows apart
      return { ...result, reachedSearch: (await searchServed(search.origin)) - before };
    };
    const results = { faceted: await load(FACETED), autocomplete: await load(AUTOCOMPLETE) };
    // The same scenarios where no URL comes back within the gateway's 200 ms: what the engine path itself serves
    // (a long tail of distinct searches). Faceted: the eight searches at every page size with a minimum price of 0–19
    // poisha (which every product passes); autocomplete: every 2–5
    // letter prefix of the demo titles' words (English and Bangla) at every limit.
    const words = [...new Set(catalogue.flatMap((p) => `${p.en} ${p.bn}`.toLowerCase().split(/\s+/)))];
    const prefixes = [...new Set(words.flatMap((w) => [2, 3, 4, 5].filter((n) => n < [...w].length).map((n) => [...w].slice(0, n).join(''))))];
    const uncached = {
      faceted: await load(
        FACETED.flatMap((path) =>
          Array.from({ length: 1000 }, (_, i) => `${path.replace('limit=24', `limit=${(i % 50) + 1}`)}&priceMin=${Math.floor(i / 50)}`),
        ),
      ),
      autocomplete: await load(prefixes.flatMap((q) => Array.from({ length: 10 }, (_, i) => `/api/search/suggest?q=${encodeURIComponent(q)}&limit=${i + 1}`))),
    };
    log(`uncached rows: ${FACETED.length * 1000} faceted and ${prefixes.length * 10} autocomplete URLs`);

    // Freshness: change → searchable through the gateway.
    const waits = [];
    for (let i = 0; i < Number(args.changes); i++) {
      // Random letters: no earlier probe is within typo distance of this one.
      const token = randomUUID().replace(/[^a-f]/g, '').slice(0, 12);
      const t0 = performance.now();
      await index.upsert(undefined, doc(catalogue[i % catalogue.length], `Probe ${token}`));
      for (;;) {
        const res = await fetch(`${gateway.origin}/api/search?q=${token}&limit=1`);
        if (res.ok && (await res.json()).items[0]?.title.en === `Probe ${token}`) break;
        await new Promise((r) => setTimeout(r, 10));
      }
      waits.push(performance.now() - t0);
    }
    waits.sort((a, b) => a - b);
    await index.close();

    const row = (name, r, target) =>
      `${name.padEnd(28)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.latencyMs.p50.toFixed(1)} ms  p99 ${r.latencyMs.p99.toFixed(1)} ms  non-2xx ${r.non2xx}  (target ${target}; ${r.reachedSearch} requests reached search, warm-up included)`;
    process.stdout.write(
      [
        `search on OpenSearch through the gateway; ${args.connections} connections, ${args.duration} s each; load average ${loadAtStart} at the start, ${loadNow()} at the end (2 shared cores)`,
        row('faceted search', results.faceted, '>= 500 req/s, p99 < 50 ms'),
        row('autocomplete', results.autocomplete, '>= 1500 req/s, p99 < 30 ms'),
        row('faceted, all URLs distinct', uncached.faceted, 'none: the engine path without the gateway cache'),
        row('autocomplete, all distinct', uncached.autocomplete, 'none: the engine path without the gateway cache'),
        `freshness (${waits.length} changes)  p50 ${percentile(waits, 50).toFixed(0)} ms  p99 ${percentile(waits, 99).toFixed(0)} ms  max ${waits.at(-1).toFixed(0)} ms  (target p99 < 1 s; Kafka hop not included)`,
        '',
      ].join('\n'),
    );
  } finally {
    await children.stopAll();
    await fetch(`${osUrl}/${prefix}*`, { method: 'DELETE' }).catch(() => {});
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch(() => {});
    await admin.end();
  }
}

main().catch((err) => {
  log(err.stack ?? String(err));
  process.exitCode = 1;
});
