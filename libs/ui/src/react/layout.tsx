import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { useTranslations } from 'use-intl';
import { useUiLocale } from './intl';

export interface NavItem {
  to: string;
  label: string;
}

/**
 * The frame every screen sits in: a skip link, the product name, the navigation the person's role allows, the
 * language switch and their account slot, then the screen as `<main>`.
 */
export function AppShell({
  product,
  nav,
  account,
  children,
}: {
  product: string;
  nav: NavItem[];
  account?: ReactNode;
  children: ReactNode;
}) {
  const t = useTranslations('ui');
  const { locale, setLocale } = useUiLocale();
  return (
    <div className="min-h-screen bg-slate-50 text-slate-900">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
      >
        {t('skipToContent')}
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-4 py-3">
          <span className="text-lg font-semibold text-emerald-800">{product}</span>
          <nav aria-label={product} className="flex flex-wrap gap-1">
            {nav.map((item) => (
              <NavLink
                key={item.to}
                to={item.to}
                className={({ isActive }) =>
                  `rounded px-3 py-1.5 text-sm ${isActive ? 'bg-emerald-700 text-white' : 'text-slate-800 hover:bg-slate-100'}`
                }
              >
                {item.label}
              </NavLink>
            ))}
          </nav>
          <div className="ml-auto flex items-center gap-3 text-sm">
            <button
              type="button"
              lang={locale === 'bn' ? 'en' : 'bn'}
              className="rounded border border-slate-300 px-2 py-1"
              onClick={() => setLocale(locale === 'bn' ? 'en' : 'bn')}
            >
              {t('switchLanguage')}
            </button>
            {account}
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}

/** A screen's heading and its main actions. */
export function PageHeader({ title, actions }: { title: string; actions?: ReactNode }) {
  return (
    <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
      <h1 className="text-2xl font-semibold">{title}</h1>
      {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
    </div>
  );
}

/** A status word as a badge; `tone` from the caller (the app knows which statuses are good news). */
export function StatusBadge({
  label,
  tone = 'neutral',
  testId,
}: {
  label: string;
  tone?: 'good' | 'bad' | 'warn' | 'neutral';
  testId?: string;
}) {
  const tones = {
    good: 'bg-emerald-100 text-emerald-900',
    bad: 'bg-red-100 text-red-900',
    warn: 'bg-amber-100 text-amber-900',
    neutral: 'bg-slate-200 text-slate-900',
  };
  return (
    <span
      data-testid={testId}
      className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${tones[tone]}`}
    >
      {label}
    </span>
  );
}
