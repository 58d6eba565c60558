import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { formatMoney } from '@getit/ui';
import type { Locale } from '../i18n/routing';
import { type SearchState, searchHref, toggled } from '../app/[locale]/search/search-state';

interface Bucket {
  value: string;
  count: number;
}
export interface Facets {
  category: Bucket[];
  brand: Bucket[];
  price: { from: number; to?: number | undefined; count: number }[];
  inStock: Bucket[];
  attributes: Record<string, Bucket[]>;
}

/** A category's name in the page's language; its slug as words if the catalog did not answer. */
const categoryLabel = (names: Record<string, string>, slug: string) => names[slug] ?? slug.replace(/-/g, ' ');

/**
 * Facet filters with counts (each count respects the other active filters): a side column on wide screens, a
 * bottom sheet (a <details> that opens from the bottom edge) on phones. Every option is a link, so it works without
 * JavaScript and each state has its own URL.
 */
export async function FacetFilters({
  locale,
  state,
  facets,
  categoryNames,
}: {
  locale: Locale;
  state: SearchState;
  facets: Facets;
  /** Category slug → its name in `locale`. */
  categoryNames: Record<string, string>;
}) {
  const t = await getTranslations({ locale, namespace: 'search' });
  const base = { ...state, cursor: undefined };
  const option = (key: string, label: string, count: number, active: boolean, href: string) => (
    <li key={key}>
      <Link
        href={href}
        aria-current={active ? 'true' : undefined}
        className={`flex justify-between gap-2 rounded px-2 py-1 hover:bg-gray-100 ${active ? 'font-semibold text-brand-dark' : ''}`}
        data-facet-option={key}
      >
        <span>
          {active ? '✓ ' : ''}
          {label}
        </span>
        <span className="text-gray-700" data-facet-count>
          {t('count', { count })}
        </span>
      </Link>
    </li>
  );
  const group = (title: string, items: React.ReactNode[]) =>
    items.length ? (
      <section key={title} className="mb-3">
        <h3 className="mb-1 font-semibold">{title}</h3>
        <ul>{items}</ul>
      </section>
    ) : null;
  const priceLabel = (from: number, to?: number) =>
    to === undefined
      ? t('priceFrom', { from: formatMoney(from, locale) })
      : t('priceRange', { from: formatMoney(from, locale), to: formatMoney(to, locale) });
  const body = (
    <>
      {group(
        t('category'),
        facets.category.map((b) => {
          const active = state.category === b.value;
          return option(
            `category:${b.value}`,
            categoryLabel(categoryNames, b.value),
            b.count,
            active,
            searchHref(locale, { ...base, category: active ? undefined : b.value }),
          );
        }),
      )}
      {group(
        t('brand'),
        facets.brand.map((b) =>
          option(
            `brand:${b.value}`,
            b.value,
            b.count,
            state.brand.includes(b.value),
            searchHref(locale, { ...base, brand: toggled(state.brand, b.value) }),
          ),
        ),
      )}
      {group(
        t('price'),
        facets.price
          .filter((b) => b.count > 0)
          .map((b) => {
            const active = state.priceMin === b.from && state.priceMax === b.to;
            const next = active
              ? { priceMin: undefined, priceMax: undefined }
              : { priceMin: b.from, priceMax: b.to };
            return option(
              `price:${b.from}`,
              priceLabel(b.from, b.to),
              b.count,
              active,
              searchHref(locale, { ...base, ...next }),
            );
          }),
      )}
      {group(
        t('availability'),
        facets.inStock
          .filter((b) => b.value === 'true')
          .map((b) =>
            option(
              'inStock',
              t('inStockOnly'),
              b.count,
              state.inStock,
              searchHref(locale, { ...base, inStock: !state.inStock }),
            ),
          ),
      )}
      {Object.entries(facets.attributes).map(([name, buckets]) =>
        group(
          name.replace(/_/g, ' '),
          buckets.slice(0, 8).map((b) => {
            const pair = `${name}:${b.value}`;
            return option(
              `attr:${pair}`,
              b.value,
              b.count,
              state.attr.includes(pair),
              searchHref(locale, { ...base, attr: toggled(state.attr, pair) }),
            );
          }),
        ),
      )}
    </>
  );
  return (
    <>
      <details className="fixed inset-x-0 bottom-0 z-30 max-h-[70vh] overflow-y-auto rounded-t-xl bg-white p-3 shadow-2xl md:hidden">
        <summary className="cursor-pointer py-2 text-center font-semibold text-brand-dark">
          {t('filters')}
        </summary>
        <div data-facets="sheet">{body}</div>
      </details>
      <aside
        className="hidden w-60 shrink-0 rounded bg-white p-3 md:order-first md:block"
        aria-label={t('filters')}
        data-facets="side"
      >
        {body}
      </aside>
    </>
  );
}

/** The active filters as chips, each a link that removes it, and one that clears them all. */
export async function FacetChips({
  locale,
  state,
  categoryNames,
}: {
  locale: Locale;
  state: SearchState;
  categoryNames: Record<string, string>;
}) {
  const t = await getTranslations({ locale, namespace: 'search' });
  const base = { ...state, cursor: undefined };
  const chips: { key: string; label: string; href: string }[] = [];
  if (state.category)
    chips.push({
      key: 'category',
      label: categoryLabel(categoryNames, state.category),
      href: searchHref(locale, { ...base, category: undefined }),
    });
  for (const brand of state.brand)
    chips.push({
      key: `brand:${brand}`,
      label: brand,
      href: searchHref(locale, { ...base, brand: toggled(state.brand, brand) }),
    });
  for (const pair of state.attr)
    chips.push({
      key: `attr:${pair}`,
      label: pair.replace(':', ': '),
      href: searchHref(locale, { ...base, attr: toggled(state.attr, pair) }),
    });
  if (state.priceMin !== undefined || state.priceMax !== undefined) {
    const label =
      state.priceMax === undefined
        ? t('priceFrom', { from: formatMoney(state.priceMin ?? 0, locale) })
        : t('priceRange', {
            from: formatMoney(state.priceMin ?? 0, locale),
            to: formatMoney(state.priceMax, locale),
          });
    chips.push({
      key: 'price',
      label,
      href: searchHref(locale, { ...base, priceMin: undefined, priceMax: undefined }),
    });
  }
  if (state.inStock)
    chips.push({
      key: 'inStock',
      label: t('inStockOnly'),
      href: searchHref(locale, { ...base, inStock: false }),
    });
  if (!chips.length) return null;
  const cleared = { q: state.q, brand: [], attr: [], inStock: false, sort: state.sort };
  return (
    // Not a list: the first list link in <main> is the first result.
    <nav className="mb-3 flex flex-wrap gap-2" aria-label={t('activeFilters')}>
      {chips.map((chip) => (
        <Link
          key={chip.key}
          href={chip.href}
          aria-label={t('removeFilter', { filter: chip.label })}
          className="rounded-full bg-brand/10 px-3 py-1 text-sm text-brand-dark"
          data-chip={chip.key}
        >
          {chip.label} ✕
        </Link>
      ))}
      <Link href={searchHref(locale, cleared)} className="px-2 py-1 text-sm underline">
        {t('clearAll')}
      </Link>
    </nav>
  );
}
