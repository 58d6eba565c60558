import { getTranslations } from 'next-intl/server';
import type { Locale } from '../i18n/routing';
import { productTitleText, type ProductTitleText } from '../lib/product-title-text';

export type { ProductTitleText };

/**
 * A product's title, with `lang="bn"` on Bangla text. A product listed with a Bangla title only shows it in both
 * locales, marked with a small "বাংলা" / "Bangla" badge so an English reader knows why.
 */
export async function ProductTitle({ title, locale }: { title: ProductTitleText; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'product' });
  const { text, bangla } = productTitleText(title, locale);
  const banglaOnly = !title.en && Boolean(title.bn);
  return (
    <>
      <span lang={bangla ? 'bn' : 'en'} data-testid="product-title">
        {text}
      </span>
      {banglaOnly ? (
        <span
          lang={locale}
          data-testid="bangla-only-badge"
          className="ms-2 inline-block rounded border border-brand-dark px-1 align-middle text-xs font-normal text-brand-dark"
        >
          {t('banglaOnly')}
        </span>
      ) : null}
    </>
  );
}
