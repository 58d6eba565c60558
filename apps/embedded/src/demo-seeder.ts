import { DEMO_PRODUCTS } from './demo-catalog';

/** Seeds the demo catalog through the public API, once: a catalog that already has products is left alone. */
export async function seedDemoCatalog(gatewayUrl: string): Promise<number> {
  const existing = await fetch(`${gatewayUrl}/api/products?limit=1`).then((r) => r.json() as Promise<{ items: unknown[] }>);
  if (existing.items.length > 0) return 0;
  for (const product of DEMO_PRODUCTS) {
    const response = await fetch(`${gatewayUrl}/api/products`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-correlation-id': 'demo-seed' },
      body: JSON.stringify(product),
    });
    if (response.status !== 201) throw new Error(`Seeding "${product.title.en}" failed: ${await response.text()}`);
  }
  return DEMO_PRODUCTS.length;
}
