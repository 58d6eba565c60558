/** One product as the index holds it: values only, built from catalog's product event. */
export interface SearchDocument {
  productId: string;
  vendorId: string;
  shopName?: string;
  slug: string;
  /** `en` is absent for a product listed with a Bangla title only. */
  title: { en?: string; bn?: string };
  description?: string;
  brand?: string;
  categoryPath: string[];
  categorySlug?: string;
  attributes: Record<string, string>;
  /** Every variant's option values (all colours, sizes, storage), searchable as words. */
  optionText?: string;
  pricePoisha: number;
  imageUrl?: string;
  inStock: boolean;
  version: number;
  /** When the product was first seen, for "newest". */
  createdAt: string;
}

/** Attribute values from the product and its variants' options (colour, storage…), as a facet takes them. */
export function documentAttributes(
  attributes: Record<string, unknown> | undefined,
  variants: { options?: Record<string, unknown> }[] | undefined,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value !== null && value !== undefined && value !== '') out[name] = String(value);
  }
  for (const variant of variants ?? []) {
    for (const [name, value] of Object.entries(variant.options ?? {})) {
      if (out[name] === undefined && value !== null && value !== undefined) out[name] = String(value);
    }
  }
  return out;
}

/** The option values of all variants as words ("Red Off-White 128 GB 256 GB"). */
export function variantOptionText(variants: { options?: Record<string, unknown> }[] | undefined): string {
  const values = (variants ?? []).flatMap((variant) => Object.values(variant.options ?? {}).map(String));
  return [...new Set(values)].join(' ');
}
