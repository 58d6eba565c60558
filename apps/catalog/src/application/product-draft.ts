import type { CreateProductRequest, ProductImage } from '@getit/contracts';
import type { FieldError } from '@getit/errors';
import { checkAttributes, AttributeValues } from '../domain/products/product-attributes.rules';
import { checkVariants } from '../domain/products/product-variants.rules';
import { CategoryCatalog } from './category-catalog';

export interface DraftVariant {
  sku: string;
  options: AttributeValues;
  pricePoisha: number;
  compareAtPoisha: number | null;
  weightGrams: number;
}

/** A product input that passed every catalog rule, normalised (enum values as the category spells them). */
export interface ProductDraft {
  slug?: string;
  titleEn: string | null;
  titleBn: string | null;
  descriptionEn: string | null;
  descriptionBn: string | null;
  brand: string | null;
  categorySlug: string;
  categoryPath: string[];
  attributes: AttributeValues;
  images: ProductImage[];
  variants: DraftVariant[];
  /** The cheapest variant's price and compare-at price, and the dearest variant's price. */
  pricePoisha: number;
  compareAtPoisha: number | null;
  maxPricePoisha: number;
}

export type ProductInput = Omit<CreateProductRequest, 'submitForReview'>;

/**
 * Checks a schema-valid product input against the catalog's rules: a leaf category, attributes and variant options
 * the category defines (inherited down the tree), and variants that are distinct option combinations with
 * distinct SKUs. Returns every problem at once, as field errors.
 */
export function draftProduct(
  categories: CategoryCatalog,
  input: ProductInput,
): { draft: ProductDraft; errors: [] } | { draft?: undefined; errors: FieldError[] } {
  let category: ReturnType<CategoryCatalog['requireLeaf']>;
  try {
    category = categories.requireLeaf(input.categorySlug);
  } catch (error) {
    return { errors: [...((error as { fieldErrors?: FieldError[] }).fieldErrors ?? [])] };
  }
  const checked = checkAttributes({
    category: input.categorySlug,
    definitions: category.attributes,
    attributes: input.attributes ?? {},
    variantOptions: input.variants.map((v) => v.options ?? {}),
  });
  const variants = input.variants.map((v, i) => ({
    sku: v.sku,
    options: checked.variantOptions[i] ?? {},
    pricePoisha: v.price.amountPoisha,
    compareAtPoisha: v.price.compareAtPoisha ?? null,
    weightGrams: v.weightGrams,
  }));
  const errors = [...checked.errors, ...checkVariants(variants)];
  if (errors.length > 0) return { errors };

  const cheapest = variants.reduce((min, v) => (v.pricePoisha < min.pricePoisha ? v : min), variants[0]!);
  return {
    errors: [],
    draft: {
      slug: input.slug,
      titleEn: input.title.en ?? null,
      titleBn: input.title.bn ?? null,
      descriptionEn: input.description?.en ?? null,
      descriptionBn: input.description?.bn ?? null,
      brand: input.brand ?? null,
      categorySlug: category.record.slug,
      categoryPath: category.record.path,
      attributes: checked.attributes,
      images: input.images ?? [],
      variants,
      pricePoisha: cheapest.pricePoisha,
      compareAtPoisha: cheapest.compareAtPoisha,
      maxPricePoisha: Math.max(...variants.map((v) => v.pricePoisha)),
    },
  };
}
