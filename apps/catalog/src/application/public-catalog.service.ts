import { isUuid, type ListProductsQuery, type ListShopsQuery, type ProductPage } from '@getit/contracts';
import { NotFoundException, ValidationException } from '@getit/errors';
import type { RequestContext } from '@getit/service-kit';
import { decodeCursor, encodeCursor } from '../domain/listing/listing-cursor';
import { ProductReadsRepository } from '../infrastructure/product-reads.repository';
import { CategoryCatalog } from './category-catalog';
import { toProductCard, toProductView } from './product.mapper';
import { CachedBody, PublicReadCache } from './public-read.cache';
import { ShopsService } from './shops.service';

/**
 * What anyone may read: listed products, the category tree and active shops. Answers are serialised once and
 * served from the public read cache until the next write (or `ttlMs`), each with an ETag for conditional requests.
 */
export class PublicCatalogService {
  constructor(
    private readonly reads: ProductReadsRepository,
    private readonly categories: CategoryCatalog,
    private readonly shops: ShopsService,
    private readonly cache: PublicReadCache,
  ) {}

  listProducts(_ctx: RequestContext, query: ListProductsQuery): Promise<CachedBody> {
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, query.sort);
    if (query.cursor !== undefined && !after)
      throw new ValidationException('The cursor is not one this API handed out.', [
        { field: 'cursor', reason: `is not a valid cursor for sort=${query.sort}` },
      ]);
    if (query.category && !this.categories.has(query.category))
      throw new ValidationException('The category does not exist.', [
        { field: 'category', reason: `"${query.category}" is not a category (GET /categories lists them)` },
      ]);
    return this.cache.get(`products:${JSON.stringify(query)}`, async (): Promise<ProductPage> => {
      const rows = await this.reads.publicList({ ...query, after, limit: query.limit + 1 });
      const page = rows.slice(0, query.limit);
      const last = page[page.length - 1];
      return {
        items: page.map(toProductCard),
        nextCursor:
          rows.length > query.limit && last
            ? encodeCursor({
                order: query.sort,
                key: ProductReadsRepository.cursorKey(last, query.sort),
                id: last.id,
              })
            : null,
      };
    });
  }

  /** A listed product by id or slug. */
  productDetail(_ctx: RequestContext, idOrSlug: string): Promise<CachedBody> {
    return this.cache.get(`product:${idOrSlug}`, async () => {
      const product = await this.reads.publicDetail(
        isUuid(idOrSlug) ? { id: idOrSlug.toLowerCase() } : { slug: idOrSlug },
      );
      if (!product) throw new NotFoundException(`No product "${idOrSlug}".`);
      return toProductView(product, 'public');
    });
  }

  categoryTree(): Promise<CachedBody> {
    return this.cache.get('categories', async () => this.categories.list());
  }

  category(slug: string): Promise<CachedBody> {
    return this.cache.get(`category:${slug}`, async () => this.categories.detail(slug));
  }

  shop(slug: string): Promise<CachedBody> {
    return this.cache.get(`shop:${slug}`, () => this.shops.publicShop(slug));
  }

  shopList(query: ListShopsQuery): Promise<CachedBody> {
    return this.cache.get(`shops:${JSON.stringify(query)}`, () => this.shops.publicList(query));
  }
}
