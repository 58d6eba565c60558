import { randomUUID } from 'node:crypto';
import {
  createEnvelope,
  CreateProductRequest,
  ListProductsQuery,
  ProductPage,
  ProductView,
} from '@getit/contracts';
import { ConflictException, NotFoundException, ValidationException } from '@getit/errors';
import { TransactionalOutbox } from '@getit/messaging';
import { RequestContext } from '@getit/service-kit';
import { decodeCursor, encodeCursor } from '../domain/product-cursor';
import { productSlug } from '../domain/product-slug';
import { CatalogTx } from '../infrastructure/catalog-prisma';
import { ProductsRepository } from '../infrastructure/products.repository';
import { toProductView, toUpsertedEvent } from './product.mapper';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Catalog use cases: a product and its event are written in one transaction, or neither is. */
export class ProductsService {
  constructor(
    private readonly products: ProductsRepository,
    private readonly outbox: TransactionalOutbox<CatalogTx>,
  ) {}

  async create(ctx: RequestContext, input: CreateProductRequest): Promise<ProductView> {
    const id = randomUUID();
    const slug = input.slug ?? productSlug(input.title.en, id.slice(0, 6));
    try {
      const row = await this.outbox.run(async (tx, record) => {
        const created = await this.products.insert(tx, {
          id,
          vendorId: input.vendorId,
          slug,
          titleEn: input.title.en,
          titleBn: input.title.bn,
          descriptionEn: input.description?.en,
          descriptionBn: input.description?.bn,
          brand: input.brand,
          categoryPath: input.categoryPath,
          pricePoisha: BigInt(input.price.amountPoisha),
          compareAtPoisha:
            input.price.compareAtPoisha === undefined ? null : BigInt(input.price.compareAtPoisha),
          imageUrl: input.imageUrl,
        });
        record(
          createEnvelope('catalog.product-upserted.v1', toUpsertedEvent(created), {
            producer: 'catalog',
            correlationId: ctx.correlationId,
            key: created.id,
          }),
        );
        return created;
      });
      return toProductView(row);
    } catch (error) {
      if ((error as { code?: string }).code === 'P2002') {
        throw new ConflictException(`A product with slug "${slug}" already exists.`, {
          extensions: { field: 'slug' },
        });
      }
      throw error;
    }
  }

  async get(_ctx: RequestContext, idOrSlug: string): Promise<ProductView> {
    const row = UUID.test(idOrSlug)
      ? await this.products.findById(idOrSlug)
      : await this.products.findBySlug(idOrSlug);
    if (!row) throw new NotFoundException(`No product "${idOrSlug}".`);
    return toProductView(row);
  }

  async list(_ctx: RequestContext, query: ListProductsQuery): Promise<ProductPage> {
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
    if (query.cursor !== undefined && !after) {
      throw new ValidationException('The cursor is not one this API handed out.', [
        { field: 'cursor', reason: 'is not a valid cursor' },
      ]);
    }
    const rows = await this.products.listNewest(query.limit + 1, after, query.vendorId);
    const page = rows.slice(0, query.limit);
    const last = page[page.length - 1];
    return {
      items: page.map(toProductView),
      nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null,
    };
  }
}
