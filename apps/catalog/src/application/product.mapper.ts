import { EventPayload, ProductView } from '@getit/contracts';
import { ProductRow } from '../infrastructure/catalog-prisma';

type ProductStatus = EventPayload<'catalog.product-upserted.v1'>['status'];

/** Poisha are stored as bigint; every real price fits a JS number exactly, and this says so loudly if not. */
function poisha(value: bigint): number {
  const amount = Number(value);
  if (!Number.isSafeInteger(amount)) throw new Error(`amount ${value} poisha is beyond safe integer range`);
  return amount;
}

const optional = <T>(value: T | null): T | undefined => value ?? undefined;

export function toProductView(row: ProductRow): ProductView {
  return {
    id: row.id,
    vendorId: row.vendorId,
    slug: row.slug,
    title: { en: row.titleEn, bn: optional(row.titleBn) },
    description: { en: optional(row.descriptionEn), bn: optional(row.descriptionBn) },
    brand: optional(row.brand),
    categoryPath: row.categoryPath,
    price: {
      amountPoisha: poisha(row.pricePoisha),
      compareAtPoisha: row.compareAtPoisha === null ? undefined : poisha(row.compareAtPoisha),
      currency: 'BDT',
    },
    imageUrl: optional(row.imageUrl),
    status: row.status,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toUpsertedEvent(row: ProductRow): EventPayload<'catalog.product-upserted.v1'> {
  const view = toProductView(row);
  return {
    productId: view.id,
    vendorId: view.vendorId,
    slug: view.slug,
    title: view.title,
    description: view.description,
    brand: view.brand,
    categoryPath: view.categoryPath,
    price: view.price,
    imageUrl: view.imageUrl,
    status: row.status as ProductStatus,
    version: row.version,
  };
}
