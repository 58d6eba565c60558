import { SearchDocument } from './search-document';

/**
 * The text the Postgres index finds a product by: both titles, brand, shop, category words, attribute and variant
 * option values; NFC, lowercased.
 */
export function searchText(
  doc: Pick<SearchDocument, 'title' | 'brand' | 'shopName' | 'categoryPath' | 'attributes' | 'optionText'>,
): string {
  return [
    doc.title.en,
    doc.title.bn,
    doc.brand,
    doc.shopName,
    ...doc.categoryPath.map((c) => c.replace(/-/g, ' ')),
    ...Object.values(doc.attributes),
    doc.optionText,
  ]
    .filter(Boolean)
    .join(' ')
    .normalize('NFC')
    .toLowerCase();
}
