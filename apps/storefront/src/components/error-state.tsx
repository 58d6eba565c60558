import { getTranslations } from 'next-intl/server';
import type { Locale } from '../i18n/routing';

export type ErrorKind =
  'unavailable' | 'notFound' | 'outOfStock' | 'priceChanged' | 'paymentFailed' | 'invalidInput' | 'tooMany';

/** A gateway status as the error a shopper understands. */
export function errorKindOf(status: number): ErrorKind {
  if (status === 404) return 'notFound';
  if (status === 400 || status === 422) return 'invalidInput';
  if (status === 429) return 'tooMany';
  return 'unavailable';
}

export async function ErrorState({ locale, kind }: { locale: Locale; kind: ErrorKind }) {
  const t = await getTranslations({ locale, namespace: 'errors' });
  return (
    <p role="alert" className="rounded border border-red-300 bg-red-50 p-4 text-red-900">
      {t(kind)}
    </p>
  );
}
