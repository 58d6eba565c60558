import type { EventPayload } from '@getit/contracts';
import type { SqlClient } from '@getit/database';
import { ProductWritesRepository } from '../infrastructure/product-writes.repository';

/**
 * Keeps the denormalised `in_stock` flag the listing filters on: a product is in stock when any of its variants has
 * stock available to sell, as inventory reports it. Stock is inventory's; the catalog only mirrors "any at all".
 */
export class ProductStockService {
  constructor(private readonly products: ProductWritesRepository) {}

  /** Returns whether a product's flag changed (older reports and unknown variants change nothing). */
  async applyStockChange(
    tx: SqlClient,
    change: EventPayload<'inventory.stock-changed.v1'>,
  ): Promise<boolean> {
    return (
      (await this.products.applyStock(tx, change.variantId, change.available, change.version)) !== undefined
    );
  }
}
