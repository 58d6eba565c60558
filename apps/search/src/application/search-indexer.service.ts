import { EventPayload } from '@getit/contracts';
import { UnitOfWork } from '@getit/messaging';
import { RequestContext } from '@getit/service-kit';
import { documentAttributes, SearchDocument, variantOptionText } from '../domain/search-document';
import { SearchTx } from '../infrastructure/search-prisma';
import { VariantStockRepository } from '../infrastructure/variant-stock.repository';
import { SearchIndex } from './search-index.port';
import { SearchMetrics } from './search.metrics';

type Upserted = EventPayload<'catalog.product-upserted.v1'>;
type Removed = EventPayload<'catalog.product-removed.v1'>;
type StockChanged = EventPayload<'inventory.stock-changed.v1'>;

/**
 * Keeps the index in step with the catalog: products shoppers can buy are indexed, anything else is taken out.
 * `listed` (added to v1 later) is false for a published product of a suspended vendor; older events lack it.
 * Each write runs inside the handler's unit of work (with its inbox row): if the engine is down the handler fails,
 * the inbox row is not written and the event is retried, so indexing resumes once the engine is back.
 */
export class SearchIndexerService {
  constructor(
    private readonly unitOfWork: UnitOfWork<SearchTx>,
    private readonly index: SearchIndex<SearchTx>,
    private readonly stock: VariantStockRepository,
    private readonly metrics?: SearchMetrics,
  ) {}

  /** `occurredAt`: when catalog made the change, for the freshness histogram. */
  async productUpserted(ctx: RequestContext, product: Upserted, occurredAt?: string): Promise<void> {
    await this.unitOfWork.run(ctx, async ({ tx }) => {
      if (product.status !== 'published' || product.listed === false) {
        return this.index.remove(tx, product.productId, product.version);
      }
      const variantIds = (product.variants ?? []).map((variant) => variant.variantId);
      await this.stock.linkVariants(tx, product.productId, variantIds);
      const inStock = await this.stock.productInStock(tx, product.productId);
      return this.index.upsert(tx, { ...toDocument(product), inStock });
    });
    this.metrics?.indexed(occurredAt);
  }

  async productRemoved(ctx: RequestContext, removed: Removed, occurredAt?: string): Promise<void> {
    await this.unitOfWork.run(ctx, ({ tx }) => this.index.remove(tx, removed.productId, removed.version));
    this.metrics?.indexed(occurredAt);
  }

  /**
   * Inventory's stock changes: the product goes out of stock (last in results) or back in. One statement records
   * the change and answers the product's in-stock flag; with the Postgres index it marks the document too (the
   * repository was given its table), else the engine is told.
   */
  stockChanged(ctx: RequestContext, change: StockChanged): Promise<void> {
    return this.unitOfWork.run(ctx, async ({ tx }) => {
      const recorded = await this.stock.recordStock(tx, change.variantId, change.available, change.version);
      if (recorded && !recorded.marked) await this.index.setStock(tx, recorded.productId, recorded.inStock);
    });
  }
}

export function toDocument(product: Upserted, now = new Date()): SearchDocument {
  return {
    productId: product.productId,
    vendorId: product.vendorId,
    slug: product.slug,
    title: { ...(product.title.en ? { en: product.title.en } : {}), ...(product.title.bn ? { bn: product.title.bn } : {}) },
    ...(product.brand ? { brand: product.brand } : {}),
    categoryPath: product.categoryPath,
    ...(product.categorySlug ? { categorySlug: product.categorySlug } : {}),
    attributes: documentAttributes(product.attributes, product.variants),
    optionText: variantOptionText(product.variants),
    pricePoisha: product.price.amountPoisha,
    ...(product.imageUrl ? { imageUrl: product.imageUrl } : {}),
    inStock: true,
    version: product.version,
    createdAt: now.toISOString(),
  };
}
