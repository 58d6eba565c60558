import type { FieldError } from '@getit/errors';
import { AttributeValues } from './product-attributes.rules';

export interface VariantShape {
  sku: string;
  options: AttributeValues;
}

const optionKey = (options: AttributeValues) =>
  JSON.stringify(
    Object.keys(options)
      .sort()
      .map((key) => [key, String(options[key]).toLowerCase()]),
  );

/**
 * Variants of one product are option combinations: each names the same options, no two share a combination, and
 * no two share a SKU.
 */
export function checkVariants(variants: readonly VariantShape[]): FieldError[] {
  const errors: FieldError[] = [];
  const firstKeys = Object.keys(variants[0]?.options ?? {})
    .sort()
    .join(', ');
  const skus = new Map<string, number>();
  const combinations = new Map<string, number>();
  variants.forEach((variant, index) => {
    const sku = variant.sku;
    const sameSku = skus.get(sku);
    if (sameSku !== undefined)
      errors.push({ field: `variants.${index}.sku`, reason: `repeats the SKU of variant ${sameSku}` });
    else skus.set(sku, index);

    const keys = Object.keys(variant.options).sort().join(', ');
    if (keys !== firstKeys) {
      errors.push({
        field: `variants.${index}.options`,
        reason: `must name the same options as variant 0 (${firstKeys || 'none'})`,
      });
      return;
    }
    const combination = optionKey(variant.options);
    const same = combinations.get(combination);
    if (same !== undefined)
      errors.push({
        field: `variants.${index}.options`,
        reason:
          variants.length > 1 && !firstKeys
            ? 'several variants need options that tell them apart (e.g. colour or size)'
            : `repeats the options of variant ${same}`,
      });
    else combinations.set(combination, index);
  });
  return errors;
}
