import type { EventPayload } from '@getit/contracts';
import type { UnitOfWork } from '@getit/messaging';
import type { RequestContext } from '@getit/service-kit';
import { CatalogTx } from '../infrastructure/catalog-prisma';
import { ProductWritesRepository } from '../infrastructure/product-writes.repository';
import { PublicReadCache } from './public-read.cache';

/**
 * Keeps the denormalised `in_stock` flag the listing filters on: a product is in stock when any of its variants has
 * stock available to sell, as inventory reports it. Stock is inventory's; the catalog only mirrors "any at all".
 */
export class ProductStockService {
  constructor(
    private readonly products: ProductWritesRepository,
    private readonly cache: PublicReadCache,
    private readonly unitOfWork: UnitOfWork<CatalogTx>,
  ) {}

  /**
   * Applies a variant's stock report (older reports and unknown variants change nothing); returns whether its
   * product's flag changed. Called from an event handler, it joins the handler's transaction; the public read
   * cache is emptied after commit when the flag changed (most reports during checkouts change only a quantity,
   * which no public answer shows: emptying the cache for them made the next public reads query again).
   */
  applyStockChange(
    ctx: RequestContext,
    change: EventPayload<'inventory.stock-changed.v1'>,
  ): Promise<boolean> {
    return this.unitOfWork.run(ctx, async ({ tx, afterCommit }) => {
      const changed =
        (await this.products.applyStock(tx, change.variantId, change.available, change.version)) !== undefined;
      // public answers show the product's flag, not the variants' quantities: only a changed flag changes them
      if (changed) afterCommit(() => this.cache.invalidate());
      return changed;
    });
  }
}
