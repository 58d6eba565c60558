import { Prisma } from './prisma/generated/client';
import { CatalogPrismaClient, CatalogTx, ProductRow } from './catalog-prisma';
import { ProductCursor } from '../domain/product-cursor';

export type NewProductRow = Prisma.ProductCreateInput;

/** Every catalog query on products; nothing else in the service talks to Prisma about them. */
export class ProductsRepository {
  constructor(private readonly prisma: CatalogPrismaClient) {}

  insert(tx: CatalogTx, row: NewProductRow): Promise<ProductRow> {
    return tx.product.create({ data: row });
  }

  findById(id: string): Promise<ProductRow | null> {
    return this.prisma.product.findUnique({ where: { id } });
  }

  findBySlug(slug: string): Promise<ProductRow | null> {
    return this.prisma.product.findUnique({ where: { slug } });
  }

  /** One indexed query per page: newest first, keyset on (created_at, id). */
  listNewest(limit: number, after?: ProductCursor, vendorId?: string): Promise<ProductRow[]> {
    return this.prisma.product.findMany({
      where: {
        status: 'published',
        ...(vendorId ? { vendorId } : {}),
        ...(after
          ? {
              OR: [
                { createdAt: { lt: after.createdAt } },
                { createdAt: after.createdAt, id: { gt: after.id } },
              ],
            }
          : {}),
      },
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      take: limit,
    });
  }
}
