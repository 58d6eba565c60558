import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { formatMoney } from '@getit/ui';
import type { Locale } from '../i18n/routing';
import { ProductTitle, type ProductTitleText } from './product-title';

export interface GridProduct {
  id: string;
  slug: string;
  title: ProductTitleText;
  brand?: string | undefined;
  price: { amountPoisha: number; maxAmountPoisha?: number | undefined };
  inStock?: boolean | undefined;
}

export async function ProductGrid({ locale, products }: { locale: Locale; products: GridProduct[] }) {
  const t = await getTranslations({ locale, namespace: 'product' });
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
      {products.map((product) => {
        const price = formatMoney(product.price.amountPoisha, locale);
        const ranged =
          product.price.maxAmountPoisha && product.price.maxAmountPoisha !== product.price.amountPoisha;
        return (
          <li key={product.id} className="rounded-lg bg-white p-3 shadow-sm">
            <Link href={`/${locale}/p/${product.slug}`} className="block">
              <span className="block font-semibold">
                <ProductTitle title={product.title} locale={locale} />
              </span>
              {product.brand ? <span className="block text-sm text-gray-700">{product.brand}</span> : null}
              <span className="mt-1 block font-bold text-brand-dark">
                {ranged ? t('from', { price }) : price}
              </span>
              {product.inStock === false ? (
                <span className="block text-sm text-red-800">{t('outOfStock')}</span>
              ) : null}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
