import { randomUUID } from 'node:crypto';
import { DEMO_IMPORTS } from './demo-catalog';

/** Who the seeder acts as: the identity headers the gateway would set for the platform's operator. */
const OPERATOR = '00000000-0000-4000-8000-00000000d3d0';
const vendorOwner = (vendorId: string) => ({
  'x-actor-id': OPERATOR,
  'x-actor-roles': 'vendor:owner',
  'x-vendor-id': vendorId,
  'x-correlation-id': 'demo-seed',
});
const moderator = {
  'x-actor-id': OPERATOR,
  'x-actor-roles': 'admin:operations',
  'x-correlation-id': 'demo-seed',
};

async function call(
  url: string,
  init: RequestInit = {},
): Promise<{ status: number; body: Record<string, unknown> | undefined }> {
  const response = await fetch(url, init);
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

/** Approves whatever of the demo vendors' products waits for review, a page at a time. */
async function approvePending(catalogUrl: string, vendorId: string): Promise<void> {
  for (;;) {
    const queue = await call(`${catalogUrl}/admin/products/moderation?limit=100&vendorId=${vendorId}`, {
      headers: moderator,
    });
    const ids = ((queue.body?.['items'] as { id: string }[] | undefined) ?? []).map((item) => item.id);
    if (ids.length === 0) return;
    const approved = await call(`${catalogUrl}/admin/products/approvals`, {
      method: 'POST',
      headers: { ...moderator, 'content-type': 'application/json' },
      body: JSON.stringify({ productIds: ids, note: 'demo data' }),
    });
    if (approved.status !== 200)
      throw new Error(`Seeding: approving failed: ${JSON.stringify(approved.body)}`);
  }
}

/**
 * Seeds the demo catalog through the catalog's own API in a handful of requests: each batch of products is one CSV
 * import (one transaction: all of it or none) and an admin approves the review queue in bulk. An import that finds
 * its handles taken was done by an earlier start, so an interrupted seeding completes next time and nothing is
 * listed twice. The products go on sale when the shops open, on auth's `auth.vendor-approved.v1` for the demo
 * vendors (auth's own demo seeding). Talks to the catalog directly, with the identity headers the gateway would
 * set for a verified token: the seeder acts as the platform's operator, the way a migration would.
 */
export async function seedDemoCatalog(catalogUrl: string): Promise<number> {
  let imported = 0;
  for (const batch of DEMO_IMPORTS) {
    const result = await call(
      `${catalogUrl}/vendors/${batch.vendorId}/products/imports?submitForReview=true`,
      {
        method: 'POST',
        headers: { ...vendorOwner(batch.vendorId), 'content-type': 'text/csv', 'x-request-id': randomUUID() },
        body: batch.csv,
      },
    );
    if (result.status === 201) imported += Number(result.body?.['products']);
    else if (result.status !== 409)
      throw new Error(
        `Seeding "${batch.name}" failed (${result.status}): ${JSON.stringify(result.body).slice(0, 2_000)}`,
      );
  }
  // the last batch imported is the newest; approving its vendor first puts it on the storefront's first page first
  for (const vendorId of new Set(DEMO_IMPORTS.map((batch) => batch.vendorId).reverse()))
    await approvePending(catalogUrl, vendorId);
  return imported;
}
