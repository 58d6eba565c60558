import { isTransactionConflict, isUniqueViolation } from '@getit/database';
import { ConflictException, ForbiddenException, NotFoundException } from '@getit/errors';
import { UnitOfWork, WorkScope } from '@getit/messaging';
import type { RequestContext } from '@getit/service-kit';
import { CatalogTx } from '../infrastructure/catalog-prisma';
import { ProductWritesRepository } from '../infrastructure/product-writes.repository';
import { ProductRecord } from './product.record';
import { PublicReadCache } from './public-read.cache';

const MAX_ATTEMPTS = 3;

/**
 * Runs a catalog write as a unit of work: state and events in one transaction, then (after commit) empties the
 * public read cache so the next read shows the change. A unique violation that slipped past the up-front checks
 * (two requests racing for one SKU or slug) becomes a 409 and nothing is written. A deadlock or serialization
 * failure (a moderation meeting a vendor suspension on the same rows) rolled everything back, so the work runs
 * again, up to three times, before it too answers 409.
 */
export class CatalogWriter {
  constructor(
    private readonly unitOfWork: UnitOfWork<CatalogTx>,
    private readonly products: ProductWritesRepository,
    private readonly cache: PublicReadCache,
  ) {}

  async run<R>(ctx: RequestContext, work: (scope: WorkScope<CatalogTx>) => Promise<R>): Promise<R> {
    try {
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await this.unitOfWork.run(ctx, (scope) => {
            scope.afterCommit(() => this.cache.invalidate());
            return work(scope);
          });
        } catch (error) {
          if (!isTransactionConflict(error) || attempt >= MAX_ATTEMPTS) throw error;
        }
      }
    } catch (error) {
      if (isUniqueViolation(error))
        throw new ConflictException(
          'A SKU or slug in this request was just taken by another write; nothing was saved.',
          { cause: error },
        );
      if (isTransactionConflict(error))
        throw new ConflictException(
          'Another change to the same products or shop kept colliding with this one; nothing was saved. Try again.',
          { cause: error },
        );
      throw error;
    }
  }

  /** The vendor's product, locked for the rest of the transaction: 404 when missing, 403 when another's. */
  async lockOwned(tx: CatalogTx, vendorId: string, productId: string): Promise<ProductRecord> {
    const product = await this.lock(tx, productId);
    if (product.vendorId !== vendorId)
      throw new ForbiddenException('This product belongs to another vendor.');
    return product;
  }

  async lock(tx: CatalogTx, productId: string): Promise<ProductRecord> {
    const product = await this.products.lock(tx, productId);
    if (!product) throw new NotFoundException(`No product "${productId}".`);
    return product;
  }

  /** Re-reads a product inside the transaction, after writing it. */
  async reload(tx: CatalogTx, productId: string): Promise<ProductRecord> {
    const [product] = await this.products.find(tx, [productId]);
    if (!product) throw new Error(`product ${productId} vanished inside its own transaction`);
    return product;
  }
}
