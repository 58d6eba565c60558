import type { ProductImage, ProductStatus } from '@getit/contracts';
import type { AttributeValues } from '../domain/products/product-attributes.rules';

export interface VariantRecord {
  id: string;
  sku: string;
  options: AttributeValues;
  pricePoisha: number;
  compareAtPoisha: number | null;
  weightGrams: number;
}

/** A product with its variants, as the application works with it: plain values, money in integer poisha. */
export interface ProductRecord {
  id: string;
  vendorId: string;
  slug: string;
  /** Null for a product listed with a Bangla title only. */
  titleEn: string | null;
  titleBn: string | null;
  descriptionEn: string | null;
  descriptionBn: string | null;
  brand: string | null;
  categorySlug: string | null;
  categoryPath: string[];
  attributes: AttributeValues;
  images: ProductImage[];
  pricePoisha: number;
  compareAtPoisha: number | null;
  maxPricePoisha: number;
  status: ProductStatus;
  listed: boolean;
  inStock: boolean;
  moderationReason: string | null;
  moderatedAt: Date | null;
  submittedAt: Date | null;
  publishedAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  variants: VariantRecord[];
  shop?: { slug: string; name: string } | null;
}

/** A product in a list: no variants, one image. */
export interface ProductCardRecord {
  id: string;
  vendorId: string;
  slug: string;
  /** Null for a product listed with a Bangla title only. */
  titleEn: string | null;
  titleBn: string | null;
  brand: string | null;
  categoryPath: string[];
  pricePoisha: number;
  compareAtPoisha: number | null;
  maxPricePoisha: number;
  image: ProductImage | null;
  inStock: boolean;
  createdAt: Date;
  status: ProductStatus;
  version: number;
  updatedAt: Date;
  submittedAt: Date | null;
  moderationReason: string | null;
  moderatedAt: Date | null;
}
