import { transliterateBangla } from './bangla-transliteration';

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

/**
 * A readable slug from a Bangla title, for products listed without an English one: the Banglish transliteration
 * (`জামদানি শাড়ি` → `jamdani-shari`), no random suffix; `uniqueSlug` adds `-2`, `-3` when it is taken.
 */
export function banglaSlug(titleBn: string): string {
  return (
    transliterateBangla(titleBn)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .replace(/-+$/, '') || 'product'
  );
}

/** `base` when free, else the first free `base-2`, `base-3`, … among the slugs already taken. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
