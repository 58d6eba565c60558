import type { Locale } from '../i18n/routing';

/** A product's title as the API gives it: `en` is absent for a product listed in Bangla only (issue 15). */
export interface ProductTitleText {
  en?: string | undefined;
  bn?: string | undefined;
}

/** Which title a locale shows: the Bangla one in Bangla (else English); English, else the Bangla one. */
export function productTitleText(title: ProductTitleText, locale: Locale): { text: string; bangla: boolean } {
  if (locale === 'bn' && title.bn) return { text: title.bn, bangla: true };
  if (title.en) return { text: title.en, bangla: false };
  return { text: title.bn ?? '', bangla: true };
}
