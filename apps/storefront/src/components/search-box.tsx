'use client';
import { useEffect, useId, useState } from 'react';

export interface SearchBoxLabels {
  label: string;
  placeholder: string;
  button: string;
  suggestions: string;
}

interface Suggestion {
  query: string;
  suggestions: string[];
  products: { productId: string; slug: string; title: { en?: string; bn?: string } }[];
}

/**
 * The header's search box with autocomplete: as the shopper types, GET /api/search/suggest offers queries and
 * products. Without JavaScript it is a plain form to the results page.
 */
export function SearchBox({
  locale,
  initial,
  labels,
}: {
  locale: string;
  initial: string;
  labels: SearchBoxLabels;
}) {
  const [text, setText] = useState(initial);
  const [open, setOpen] = useState(false);
  const [found, setFound] = useState<Suggestion | null>(null);
  const listId = useId();

  useEffect(() => {
    const q = text.trim();
    if (q.length < 2 || q === initial) {
      setFound(null);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/search/suggest?q=${encodeURIComponent(q)}&limit=5`, { signal: controller.signal })
        .then((res) => (res.ok ? (res.json() as Promise<Suggestion>) : null))
        .then((body) => setFound(body))
        .catch(() => {});
    }, 120);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, initial]);

  const title = (p: Suggestion['products'][number]) =>
    locale === 'bn' ? (p.title.bn ?? p.title.en) : (p.title.en ?? p.title.bn);
  const showList = open && found && (found.suggestions.length > 0 || found.products.length > 0);
  return (
    <form
      action={`/${locale}/search`}
      method="get"
      role="search"
      className="relative order-last flex w-full gap-2 sm:order-none sm:w-auto sm:flex-1"
    >
      <label className="sr-only" htmlFor={`${listId}-input`}>
        {labels.label}
      </label>
      <input
        id={`${listId}-input`}
        name="q"
        type="search"
        value={text}
        autoComplete="off"
        placeholder={labels.placeholder}
        role="combobox"
        aria-expanded={Boolean(showList)}
        aria-controls={listId}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        className="min-w-0 flex-1 rounded bg-white px-3 py-2 text-gray-900"
      />
      <button type="submit" className="rounded bg-white px-3 py-2 font-semibold text-brand-dark">
        {labels.button}
      </button>
      {showList ? (
        <ul
          id={listId}
          role="listbox"
          aria-label={labels.suggestions}
          className="absolute left-0 right-0 top-full z-20 mt-1 rounded border border-gray-300 bg-white text-gray-900 shadow-lg"
        >
          {found.suggestions.map((s) => (
            <li key={`q-${s}`} role="option" aria-selected={false}>
              <a
                className="block px-3 py-2 hover:bg-gray-100"
                href={`/${locale}/search?q=${encodeURIComponent(s)}`}
              >
                {s}
              </a>
            </li>
          ))}
          {found.products.map((p) => (
            <li key={p.productId} role="option" aria-selected={false}>
              <a
                className="block px-3 py-2 text-sm text-brand-dark hover:bg-gray-100"
                href={`/${locale}/p/${p.slug}`}
              >
                {title(p)}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}
