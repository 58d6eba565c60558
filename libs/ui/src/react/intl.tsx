import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider } from 'use-intl';
import type { UiLocale } from '../locale-format';
import uiBn from './messages/bn.json';
import uiEn from './messages/en.json';

export type Messages = Record<string, unknown>;

interface LocaleSwitch {
  locale: UiLocale;
  setLocale(locale: UiLocale): void;
}

const LocaleContext = createContext<LocaleSwitch | undefined>(undefined);

/** The language the person chose before (stored per app), else Bangla: the marketplace's first language. */
function initialLocale(storageKey: string): UiLocale {
  const stored = globalThis.localStorage?.getItem(storageKey);
  if (stored === 'en' || stored === 'bn') return stored;
  return 'bn';
}

/**
 * use-intl with the storefront's message format (ICU messages, nested JSON per language), the shared components'
 * `ui.*` messages merged in, Dhaka time, and a language switch remembered in localStorage. Sets `<html lang>`.
 */
export function IntlApp({
  messages,
  storageKey,
  children,
}: {
  messages: Record<UiLocale, Messages>;
  storageKey: string;
  children: ReactNode;
}) {
  const [locale, setLocaleState] = useState<UiLocale>(() => initialLocale(storageKey));
  const setLocale = useCallback(
    (next: UiLocale) => {
      globalThis.localStorage?.setItem(storageKey, next);
      setLocaleState(next);
    },
    [storageKey],
  );
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const merged = useMemo(
    () => ({ ...(locale === 'bn' ? uiBn : uiEn), ...messages[locale] }),
    [locale, messages],
  );
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return (
    <LocaleContext.Provider value={value}>
      <IntlProvider locale={locale} messages={merged} timeZone="Asia/Dhaka">
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}

export function useUiLocale(): LocaleSwitch {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('useUiLocale outside <IntlApp>');
  return value;
}
