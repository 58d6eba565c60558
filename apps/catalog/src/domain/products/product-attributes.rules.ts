import type { FieldError } from '@getit/errors';
import { EffectiveAttribute } from '../categories/category-index';

export type AttributeValue = string | number;
export type AttributeValues = Record<string, AttributeValue>;

export interface AttributeCheck {
  category: string;
  definitions: readonly EffectiveAttribute[];
  attributes: AttributeValues;
  variantOptions: readonly AttributeValues[];
}

export interface CheckedAttributes {
  attributes: AttributeValues;
  variantOptions: AttributeValues[];
  errors: FieldError[];
}

const NUMBER = /^\d+(?:\.\d+)?$/;

/** One value against its definition: enum values are matched ignoring case and stored as the category spells them. */
function normalise(
  definition: EffectiveAttribute,
  value: AttributeValue,
): { value: AttributeValue } | { reason: string } {
  if (definition.type === 'number') {
    const n = typeof value === 'number' ? value : NUMBER.test(value.trim()) ? Number(value) : Number.NaN;
    if (!Number.isFinite(n))
      return { reason: `must be a number${definition.unit ? ` (${definition.unit})` : ''}` };
    if (n < 0) return { reason: 'must not be negative' };
    return { value: n };
  }
  const given = String(value).trim();
  if (definition.type === 'enum') {
    const match = definition.options?.find((option) => option.toLowerCase() === given.toLowerCase());
    return match ? { value: match } : { reason: `must be one of: ${definition.options?.join(', ')}` };
  }
  return given ? { value: given } : { reason: 'must not be empty' };
}

/**
 * Checks a product's attributes and its variants' options against its category's effective definitions: every key
 * must be defined (unknown keys are named), values must fit their type, only variant attributes may vary between
 * variants, an attribute lives in one place only, and required ones are present.
 */
export function checkAttributes(input: AttributeCheck): CheckedAttributes {
  const { category, definitions } = input;
  const byKey = new Map(definitions.map((d) => [d.key, d]));
  const errors: FieldError[] = [];
  const known = definitions.map((d) => d.key).join(', ') || 'none';
  const unknown = () => `is not an attribute of category "${category}" (it defines: ${known})`;

  const attributes: AttributeValues = {};
  for (const [key, raw] of Object.entries(input.attributes)) {
    const definition = byKey.get(key);
    if (!definition) {
      errors.push({ field: `attributes.${key}`, reason: unknown() });
      continue;
    }
    const result = normalise(definition, raw);
    if ('reason' in result) errors.push({ field: `attributes.${key}`, reason: result.reason });
    else attributes[key] = result.value;
  }

  const variantOptions = input.variantOptions.map((options, index) => {
    const normalised: AttributeValues = {};
    for (const [key, raw] of Object.entries(options)) {
      const field = `variants.${index}.options.${key}`;
      const definition = byKey.get(key);
      if (!definition) errors.push({ field, reason: unknown() });
      else if (!definition.variant)
        errors.push({ field, reason: 'cannot differ between variants: set it in the product attributes' });
      else if (key in input.attributes)
        errors.push({ field, reason: 'is also set in the product attributes: set it in one place' });
      else {
        const result = normalise(definition, raw);
        if ('reason' in result) errors.push({ field, reason: result.reason });
        else normalised[key] = result.value;
      }
    }
    return normalised;
  });

  for (const definition of definitions) {
    if (!definition.required || definition.key in input.attributes) continue;
    const onEveryVariant =
      definition.variant &&
      input.variantOptions.length > 0 &&
      input.variantOptions.every((options) => definition.key in options);
    if (!onEveryVariant) {
      errors.push({
        field: `attributes.${definition.key}`,
        reason: definition.variant
          ? `is required in category "${category}": set it in the attributes or on every variant`
          : `is required in category "${category}"`,
      });
    }
  }
  return { attributes, variantOptions, errors };
}
