import type {
  EventPayload,
  ManagedProductCard,
  ProductCard,
  ProductView,
  VariantView,
} from '@getit/contracts';
import { ProductCardRecord, ProductRecord, VariantRecord } from './product.record';

const optional = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

function money(amountPoisha: number, compareAtPoisha: number | null) {
  return {
    amountPoisha,
    ...(compareAtPoisha !== null ? { compareAtPoisha } : {}),
    currency: 'BDT' as const,
  };
}

function priceRange(p: { pricePoisha: number; compareAtPoisha: number | null; maxPricePoisha: number }) {
  return {
    ...money(p.pricePoisha, p.compareAtPoisha),
    ...(p.maxPricePoisha !== p.pricePoisha ? { maxAmountPoisha: p.maxPricePoisha } : {}),
  };
}

const title = (p: { titleEn: string | null; titleBn: string | null }) => ({
  en: optional(p.titleEn),
  bn: optional(p.titleBn),
});

function variantView(v: VariantRecord): VariantView {
  return {
    id: v.id,
    sku: v.sku,
    options: v.options,
    price: money(v.pricePoisha, v.compareAtPoisha),
    weightGrams: v.weightGrams,
  };
}

function moderation(p: { moderationReason: string | null; moderatedAt: Date | null }) {
  return p.moderatedAt || p.moderationReason
    ? { reason: optional(p.moderationReason), decidedAt: p.moderatedAt?.toISOString() }
    : undefined;
}

/** The product page. `audience` decides whether moderation notes show: never to shoppers. */
export function toProductView(p: ProductRecord, audience: 'public' | 'owner'): ProductView {
  return {
    id: p.id,
    vendorId: p.vendorId,
    slug: p.slug,
    title: title(p),
    description: { en: optional(p.descriptionEn), bn: optional(p.descriptionBn) },
    brand: optional(p.brand),
    categorySlug: optional(p.categorySlug),
    categoryPath: p.categoryPath,
    attributes: p.attributes,
    images: p.images,
    variants: p.variants.map(variantView),
    price: priceRange(p),
    imageUrl: p.images[0]?.url,
    inStock: p.inStock,
    shop: p.shop ?? undefined,
    status: p.status,
    moderation: audience === 'owner' ? moderation(p) : undefined,
    version: p.version,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    publishedAt: p.publishedAt?.toISOString(),
  };
}

export function toProductCard(p: ProductCardRecord): ProductCard {
  return {
    id: p.id,
    vendorId: p.vendorId,
    slug: p.slug,
    title: title(p),
    brand: optional(p.brand),
    categoryPath: p.categoryPath,
    price: priceRange(p),
    image: p.image ?? undefined,
    imageUrl: p.image?.url,
    inStock: p.inStock,
    createdAt: p.createdAt.toISOString(),
  };
}

export function toManagedCard(p: ProductCardRecord): ManagedProductCard {
  return {
    ...toProductCard(p),
    status: p.status,
    version: p.version,
    updatedAt: p.updatedAt.toISOString(),
    moderation: moderation(p),
  };
}

export function toUpsertedEvent(p: ProductRecord): EventPayload<'catalog.product-upserted.v1'> {
  return {
    productId: p.id,
    vendorId: p.vendorId,
    slug: p.slug,
    title: title(p),
    description: { en: optional(p.descriptionEn), bn: optional(p.descriptionBn) },
    brand: optional(p.brand),
    categoryPath: p.categoryPath,
    price: money(p.pricePoisha, p.compareAtPoisha),
    imageUrl: p.images[0]?.url,
    status: p.status,
    version: p.version,
    listed: p.listed,
    categorySlug: optional(p.categorySlug),
    attributes: p.attributes,
    images: p.images,
    variants: p.variants.map((v) => ({
      variantId: v.id,
      sku: v.sku,
      options: v.options,
      price: money(v.pricePoisha, v.compareAtPoisha),
      weightGrams: v.weightGrams,
    })),
  };
}
