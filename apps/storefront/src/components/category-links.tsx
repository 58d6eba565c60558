import Link from 'next/link';
import type { Locale } from '../i18n/routing';
import { localized } from '../lib/page-params';

/** Categories as a wrap of pill links (the home page's top level, a category's children). */
export function CategoryLinks({
  locale,
  categories,
  size,
}: {
  locale: Locale;
  categories: { slug: string; name: { en: string; bn?: string | undefined } }[];
  size: 'large' | 'small';
}) {
  return (
    <ul className={`flex flex-wrap gap-2 ${size === 'large' ? 'mb-8' : 'mb-4'}`}>
      {categories.map((category) => (
        <li key={category.slug}>
          <Link
            href={`/${locale}/c/${category.slug}`}
            className={`block rounded-full bg-white shadow-sm ${size === 'large' ? 'px-4 py-2' : 'px-3 py-1'}`}
          >
            {localized(category.name, locale)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
