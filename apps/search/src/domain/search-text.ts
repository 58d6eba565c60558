/** The text a product is found by: both titles, brand and category words, lowercased. */
export function searchText(parts: {
  titleEn?: string;
  titleBn?: string;
  brand?: string;
  categoryPath: string[];
}): string {
  return [parts.titleEn, parts.titleBn, parts.brand, ...parts.categoryPath.map((c) => c.replace(/-/g, ' '))]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
}

/**
 * A tsquery from what a shopper typed: every word must match, each as a prefix. Only letters and digits of any
 * script survive, so tsquery operators in the input cannot change the query's meaning.
 */
export function prefixQuery(input: string): string | undefined {
  const words = input
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
  return words.length ? words.map((word) => `${word}:*`).join(' & ') : undefined;
}
