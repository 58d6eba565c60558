import { DEMO_VENDORS } from './demo-catalog';

/** One pickup address per demo vendor: the Tangail weavers and the Dhaka gadget shop. */
const DEMO_WAREHOUSES = [
  {
    vendorId: DEMO_VENDORS.tangailTant,
    code: 'TGL-1',
    name: 'Tangail Tant Ghar, weaving shed',
    address: {
      line1: 'Holding 14, Karatia Haat Road',
      area: 'Tangail Sadar',
      district: 'Tangail',
      postcode: '1900',
    },
  },
  {
    vendorId: DEMO_VENDORS.dhakaGadgets,
    code: 'DHK-1',
    name: 'Dhaka Gadgets, Elephant Road store',
    address: { line1: '12 Elephant Road', area: 'New Market', district: 'Dhaka', postcode: '1205' },
  },
];

/** Demo stock per variant, in turn: mostly plenty, a few nearly sold out ("only 2 left"). */
const DEMO_UNITS = [24, 8, 3, 40, 15, 2, 60, 11];
const OPERATOR = '00000000-0000-4000-8000-00000000d3d0';
/** Variants per stock-take transaction: PGlite is one session, and a long transaction holds up every service. */
const STOCK_TAKE_BATCH = 100;

/** An answer's JSON, read as the shape the service documents. */
type Json = Record<string, unknown> & { items?: unknown[]; nextCursor?: string | null };

async function call(
  url: string,
  vendorId: string,
  init: { method?: string; body?: unknown } = {},
): Promise<{ status: number; body: Json }> {
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers: {
      'x-actor-id': OPERATOR,
      'x-actor-roles': 'vendor:owner',
      'x-vendor-id': vendorId,
      'x-correlation-id': 'demo-seed',
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

async function pages<T>(first: string, vendorId: string): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const separator = first.includes('?') ? '&' : '?';
    const url: string = cursor ? `${first}${separator}cursor=${encodeURIComponent(cursor)}` : first;
    const page = await call(url, vendorId);
    if (page.status !== 200) throw new Error(`Seeding stock: GET ${url} answered ${page.status}`);
    items.push(...(page.body.items as T[]));
    cursor = page.body.nextCursor ?? null;
  } while (cursor);
  return items;
}

/** The demo vendor's warehouse, opened on the first start. */
async function demoWarehouse(
  inventoryUrl: string,
  warehouse: (typeof DEMO_WAREHOUSES)[number],
): Promise<string> {
  const { vendorId, ...body } = warehouse;
  const listed = await call(`${inventoryUrl}/vendors/${vendorId}/warehouses`, vendorId);
  const existing = (listed.body?.items as { id: string; code: string }[] | undefined)?.find(
    (w) => w.code === body.code,
  );
  if (existing) return existing.id;
  const created = await call(`${inventoryUrl}/vendors/${vendorId}/warehouses`, vendorId, {
    method: 'POST',
    body,
  });
  if (created.status !== 201)
    throw new Error(`Seeding warehouse ${body.code} failed: ${JSON.stringify(created.body)}`);
  return created.body['id'] as string;
}

/**
 * Gives every demo variant stock in its vendor's warehouse, through the inventory's own stock-take API (one
 * transaction per 100 variants, short enough for a busy machine). Variants come from the catalog, the source of truth, with their SKUs; a variant
 * that already has stock is left alone, so a restart never undoes what someone sold or counted in the demo. Talks
 * to the services directly with the identity headers the gateway would set, like the catalog seeding.
 */
export async function seedDemoInventory(catalogUrl: string, inventoryUrl: string): Promise<number> {
  let stocked = 0;
  for (const warehouse of DEMO_WAREHOUSES) {
    const { vendorId } = warehouse;
    const warehouseId = await demoWarehouse(inventoryUrl, warehouse);
    const alreadyStocked = new Set(
      (
        await pages<{ variantId: string; warehouses: unknown[] }>(
          `${inventoryUrl}/vendors/${vendorId}/stock?limit=100`,
          vendorId,
        )
      )
        .filter((item) => item.warehouses.length > 0)
        .map((item) => item.variantId),
    );
    const products = await pages<{ id: string }>(
      `${catalogUrl}/vendors/${vendorId}/products?limit=100`,
      vendorId,
    );
    const counts: { variantId: string; sku: string; onHand: number }[] = [];
    for (const product of products) {
      const detail = await call(`${catalogUrl}/vendors/${vendorId}/products/${product.id}`, vendorId);
      for (const variant of (detail.body?.variants as { id: string; sku: string }[] | undefined) ?? []) {
        if (alreadyStocked.has(variant.id)) continue;
        counts.push({
          variantId: variant.id,
          sku: variant.sku,
          onHand: DEMO_UNITS[counts.length % DEMO_UNITS.length]!,
        });
      }
    }
    for (let start = 0; start < counts.length; start += STOCK_TAKE_BATCH) {
      const taken = await call(
        `${inventoryUrl}/vendors/${vendorId}/warehouses/${warehouseId}/stock`,
        vendorId,
        {
          method: 'PUT',
          body: { counts: counts.slice(start, start + STOCK_TAKE_BATCH), note: 'demo opening stock' },
        },
      );
      if (taken.status !== 200)
        throw new Error(`Seeding stock failed: ${JSON.stringify(taken.body).slice(0, 2_000)}`);
      stocked += taken.body.changed as number;
    }
  }
  return stocked;
}
