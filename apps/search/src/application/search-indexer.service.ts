import { EventPayload } from '@getit/contracts';
import { UnitOfWork } from '@getit/messaging';
import { RequestContext } from '@getit/service-kit';
import { SearchDocumentsRepository } from '../infrastructure/search-documents.repository';
import { SearchTx } from '../infrastructure/search-prisma';

type Upserted = EventPayload<'catalog.product-upserted.v1'>;
type Removed = EventPayload<'catalog.product-removed.v1'>;

/**
 * Keeps the index in step with the catalog: products shoppers can buy are indexed, anything else is taken out.
 * `listed` (added to v1 later) is false for a published product of a suspended vendor; older events lack it.
 * Called from an event handler, each write joins the handler's transaction (with its inbox row).
 */
export class SearchIndexerService {
  constructor(
    private readonly unitOfWork: UnitOfWork<SearchTx>,
    private readonly documents: SearchDocumentsRepository,
  ) {}

  productUpserted(ctx: RequestContext, product: Upserted): Promise<void> {
    return this.unitOfWork.run(ctx, ({ tx }) =>
      product.status === 'published' && product.listed !== false
        ? this.documents.upsert(tx, product)
        : this.documents.remove(tx, product.productId, product.version),
    );
  }

  productRemoved(ctx: RequestContext, removed: Removed): Promise<void> {
    return this.unitOfWork.run(ctx, ({ tx }) =>
      this.documents.remove(tx, removed.productId, removed.version),
    );
  }
}
