import { createEnvelope, EventEnvelope } from '@getit/contracts';
import type { RequestContext } from '@getit/service-kit';
import { toUpsertedEvent } from './product.mapper';
import { ProductRecord } from './product.record';

/** The envelopes the catalog publishes about products, keyed by product id (one product's events stay in order). */
export function productUpserted(ctx: RequestContext, product: ProductRecord): EventEnvelope {
  return createEnvelope('catalog.product-upserted.v1', toUpsertedEvent(product), {
    producer: 'catalog',
    correlationId: ctx.correlationId,
    key: product.id,
  });
}

export function productRemoved(
  ctx: RequestContext,
  product: { id: string; vendorId: string; version: number },
  reason: 'archived' | 'deleted' | 'vendor_suspended',
): EventEnvelope {
  return createEnvelope(
    'catalog.product-removed.v1',
    { productId: product.id, vendorId: product.vendorId, reason, version: product.version },
    { producer: 'catalog', correlationId: ctx.correlationId, key: product.id },
  );
}
