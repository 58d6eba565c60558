import type { FieldError } from '@getit/errors';
import { ImportCellError, ImportedProduct } from './product-csv.reader';

const VARIANT_COLUMNS: Record<string, string> = {
  sku: 'sku',
  options: 'options',
  price: 'price',
  'price.amountPoisha': 'price',
  'price.compareAtPoisha': 'compare_at_price',
  weightGrams: 'weight_grams',
};

const PRODUCT_COLUMNS: Record<string, string> = {
  slug: 'handle',
  'title.en': 'title_en',
  'title.bn': 'title_bn',
  'description.en': 'description_en',
  'description.bn': 'description_bn',
  brand: 'brand',
  categorySlug: 'category',
  attributes: 'attributes',
  images: 'images',
  variants: 'sku',
};

/**
 * Where an error about a product's field (`variants.2.price.amountPoisha`, `attributes.colour`) sits in the CSV
 * the product came from: variant fields on the variant's own line, product fields on the product's first line.
 * The attribute or option key stays in the reason, so "attributes.colour" reads "colour: …".
 */
export function toImportCell(product: ImportedProduct, error: FieldError): ImportCellError {
  const parts = error.field.split('.');
  if (parts[0] === 'variants' && parts.length > 2 && /^\d+$/.test(parts[1]!)) {
    const line = product.variantLines[Number(parts[1])] ?? product.line;
    const rest = parts.slice(2);
    const column = VARIANT_COLUMNS[rest.join('.')] ?? VARIANT_COLUMNS[rest[0]!] ?? rest[0]!;
    const key = rest[0] === 'options' && rest[1] ? `${rest[1]}: ` : '';
    return { line, column, reason: `${key}${error.reason}` };
  }
  const column =
    PRODUCT_COLUMNS[parts.slice(0, 2).join('.')] ?? PRODUCT_COLUMNS[parts[0]!] ?? parts[0] ?? '(row)';
  const key = (parts[0] === 'attributes' || parts[0] === 'images') && parts[1] ? `${parts[1]}: ` : '';
  return { line: product.line, column, reason: `${key}${error.reason}` };
}
