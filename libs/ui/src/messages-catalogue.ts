/** Every leaf key as a dotted path: `cart.priceChanged`. */
export function catalogueKeys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? catalogueKeys(value, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

/** The `{placeholders}` and `<tags>` a message uses (ICU argument names, plural selectors and rich-text tags). */
function placeholders(message: string): string[] {
  return [
    ...[...message.matchAll(/\{\s*([A-Za-z]+)\s*[,}]/g)].map(([, name]) => name!),
    ...[...message.matchAll(/<([A-Za-z]+)>/g)].map(([, tag]) => `<${tag}>`),
  ].sort();
}

function leaf(messages: object, path: string): string {
  return String(
    path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], messages),
  );
}

export interface CatalogueGaps {
  missingInBangla: string[];
  missingInEnglish: string[];
  differingPlaceholders: string[];
  empty: string[];
}

/** What is wrong between an English and a Bangla catalogue; all lists empty when they match. */
export function catalogueGaps(en: object, bn: object): CatalogueGaps {
  const enKeys = catalogueKeys(en);
  const bnKeys = catalogueKeys(bn);
  const shared = enKeys.filter((key) => bnKeys.includes(key));
  return {
    missingInBangla: enKeys.filter((key) => !bnKeys.includes(key)),
    missingInEnglish: bnKeys.filter((key) => !enKeys.includes(key)),
    differingPlaceholders: shared.filter(
      (key) => JSON.stringify(placeholders(leaf(en, key))) !== JSON.stringify(placeholders(leaf(bn, key))),
    ),
    empty: [
      ...enKeys.filter((key) => !leaf(en, key).trim()),
      ...bnKeys.filter((key) => !leaf(bn, key).trim()).map((key) => `bn:${key}`),
    ],
  };
}
