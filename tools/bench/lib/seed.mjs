// Demo catalogue for the benchmark: the embedded mode's demo data (`apps/embedded/src/demo-catalog.ts`, about 205
// Bangladeshi products with variants, Bangla titles and images, as one CSV import per batch), written through the
// catalog's own vendor import and moderation APIs so that every row is exactly what the service would have written.
// Only the shops are inserted directly: they come from auth's vendor-approved event, and the bench runs without
// Kafka or auth.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import pg from 'pg';

const require = createRequire(import.meta.url);
const ACTOR = randomUUID();
const MAX_APPROVAL_PAGES = 50; // 205 products at 100 a page: a queue that does not drain is a bug, not a wait

/** `{ imports: [{ vendorId, name, csv, products }], vendors: { key: uuid } }` from the built embedded app. */
export function loadDemoCatalog(root) {
  const file = join(root, 'dist/apps/embedded/src/demo-catalog.js');
  if (!existsSync(file))
    throw new Error(`${file} is missing: build the embedded app (nx run embedded:build)`);
  const { DEMO_IMPORTS, DEMO_VENDORS } = require(file);
  if (!Array.isArray(DEMO_IMPORTS) || !DEMO_VENDORS)
    throw new Error(
      `${file} no longer exports DEMO_IMPORTS and DEMO_VENDORS: update tools/bench/lib/seed.mjs`,
    );
  return { imports: DEMO_IMPORTS, vendors: DEMO_VENDORS };
}

async function withClient(dbUrl, fn) {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const kebab = (key) => key.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

/** One active shop per demo vendor (what auth.vendor-approved.v1 would have created). */
export function openShops(dbUrl, vendors) {
  return withClient(dbUrl, async (client) => {
    for (const [key, vendorId] of Object.entries(vendors)) {
      await client.query(
        `INSERT INTO shops (vendor_id, slug, name, district, status, decision_version, approved_at)
         VALUES ($1, $2, $2, 'Dhaka', 'active', 1, now())`,
        [vendorId, kebab(key)],
      );
    }
  });
}

async function call(url, { method = 'GET', headers = {}, body } = {}) {
  const res = await fetch(url, { method, headers, body, signal: AbortSignal.timeout(30_000) });
  const text = await res.text();
  let json;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, text, json };
}

const CONTRACT_HINT =
  '\n  The catalog no longer takes the request the bench sends: update tools/bench/lib/seed.mjs to the import and' +
  ' moderation contracts in libs/contracts/src/api/catalog-moderation.api.ts.';

function fail(what, res) {
  const hint = [400, 401, 403, 404, 415].includes(res.status) ? CONTRACT_HINT : '';
  return new Error(`${what} answered ${res.status}: ${res.text.slice(0, 500)}${hint}`);
}

/** POST each CSV batch as its vendor's owner, submitted for review; returns the number of products imported. */
export async function importProducts(origin, imports) {
  let products = 0;
  for (const batch of imports) {
    const res = await call(`${origin}/vendors/${batch.vendorId}/products/imports?submitForReview=true`, {
      method: 'POST',
      headers: {
        'content-type': 'text/csv',
        'x-actor-id': ACTOR,
        'x-actor-roles': 'vendor:owner',
        'x-vendor-id': batch.vendorId,
      },
      body: batch.csv,
    });
    if (res.status !== 201) throw fail(`importing "${batch.name ?? batch.vendorId}"`, res);
    products += Number(res.json?.products ?? 0);
  }
  return products;
}

const MODERATOR = { 'x-actor-id': ACTOR, 'x-actor-roles': 'admin:operations', 'x-actor-mfa': 'true' };

/** Approves the moderation queue a page at a time until it is empty; returns how many were approved. */
export async function approveQueue(origin) {
  let approved = 0;
  for (let page = 0; page < MAX_APPROVAL_PAGES; page++) {
    const queue = await call(`${origin}/admin/products/moderation?limit=100`, { headers: MODERATOR });
    if (queue.status !== 200) throw fail('GET /admin/products/moderation', queue);
    const productIds = (queue.json?.items ?? []).map((item) => item.id);
    if (productIds.length === 0) return approved;
    const res = await call(`${origin}/admin/products/approvals`, {
      method: 'POST',
      headers: { ...MODERATOR, 'content-type': 'application/json' },
      body: JSON.stringify({ productIds, note: 'bench' }),
    });
    if (res.status !== 200) throw fail('POST /admin/products/approvals', res);
    approved += productIds.length;
  }
  throw new Error(`the moderation queue still had products after ${MAX_APPROVAL_PAGES} pages of approvals`);
}

/** Ids of the products shoppers can see, newest first. */
export function listedProductIds(dbUrl) {
  return withClient(dbUrl, async (client) => {
    const { rows } = await client.query(
      'SELECT id::text AS id FROM products WHERE listed ORDER BY created_at DESC, id DESC',
    );
    return rows.map((r) => r.id);
  });
}

/** Every variant of a listed product, with its vendor and SKU (what inventory is stocked with). */
export function listedVariants(dbUrl) {
  return withClient(dbUrl, async (client) => {
    const { rows } = await client.query(
      `SELECT v.id::text AS "variantId", v.sku, v.vendor_id::text AS "vendorId"
         FROM product_variants v JOIN products p ON p.id = v.product_id
        WHERE p.listed ORDER BY v.vendor_id, v.sku`,
    );
    return rows;
  });
}

/**
 * Opens the demo vendors' shops, imports the demo CSVs and approves them all, then reads back the listed ids.
 * Returns `{ ids, imported, approved }`; throws if nothing ended up listed.
 */
export async function seedCatalog({ origin, dbUrl, root }) {
  const demo = loadDemoCatalog(root);
  await openShops(dbUrl, demo.vendors);
  const imported = await importProducts(origin, demo.imports);
  const approved = await approveQueue(origin);
  const ids = await listedProductIds(dbUrl);
  if (ids.length === 0)
    throw new Error(
      `seeding listed no product (imported ${imported}, approved ${approved}): are the shops active?`,
    );
  return { ids, imported, approved };
}
