import { DEMO_PRODUCTS } from './demo-catalog';

/**
 * Seeds the demo catalog through the public API. Products are matched by English title, so a seeding that was
 * interrupted is completed on the next start and nothing is listed twice.
 */
export async function seedDemoCatalog(gatewayUrl: string): Promise<number> {
  const existing = await fetch(`${gatewayUrl}/api/products?limit=100`).then(
    (r) => r.json() as Promise<{ items: { title: { en: string } }[] }>,
  );
  const listed = new Set(existing.items.map((item) => item.title.en));
  const missing = DEMO_PRODUCTS.filter((product) => !listed.has(product.title.en));
  for (const product of missing) {
    const response = await fetch(`${gatewayUrl}/api/products`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-correlation-id': 'demo-seed' },
      body: JSON.stringify(product),
    });
    if (response.status !== 201)
      throw new Error(`Seeding "${product.title.en}" failed: ${await response.text()}`);
  }
  return missing.length;
}
