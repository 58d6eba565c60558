/**
 * A URL slug from an English title: lowercase ASCII words joined by hyphens, with a short suffix so two vendors
 * listing "Red Jamdani Saree" get different pages.
 */
export function productSlug(titleEn: string, suffix: string): string {
  const words = titleEn
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${words || 'product'}-${suffix.toLowerCase()}`;
}
