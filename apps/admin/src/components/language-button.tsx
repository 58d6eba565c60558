import { useTranslations } from 'use-intl';
import { useUiLocale } from '@getit/ui/react';

/** The language switch for the screens outside the frame (sign-in, TOTP set-up), named in the other language. */
export function LanguageButton() {
  const t = useTranslations('ui');
  const { locale, setLocale } = useUiLocale();
  return (
    <button
      type="button"
      lang={locale === 'bn' ? 'en' : 'bn'}
      className="rounded border border-slate-300 px-2 py-1 text-sm"
      onClick={() => setLocale(locale === 'bn' ? 'en' : 'bn')}
    >
      {t('switchLanguage')}
    </button>
  );
}
