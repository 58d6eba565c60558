import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '../i18n/routing';
import { addressSummary, type SavedAddress } from '../lib/saved-addresses';

/** Checkout's saved addresses: choosing one fills in the address form below (a link, so no script is needed). */
export async function SavedAddressPicker({
  locale,
  addresses,
  chosenId,
}: {
  locale: Locale;
  addresses: SavedAddress[];
  chosenId: string | undefined;
}) {
  const t = await getTranslations({ locale, namespace: 'checkout' });
  return (
    <nav aria-labelledby="saved-addresses">
      <h2 id="saved-addresses" className="text-lg font-semibold">
        {t('savedAddresses')}
      </h2>
      <ul className="mt-1 space-y-1">
        {addresses.map((saved) => (
          <li key={saved.id}>
            <Link
              href={`/${locale}/checkout?address=${saved.id}`}
              aria-current={saved.id === chosenId ? 'true' : undefined}
              className={`block rounded border px-3 py-2 ${saved.id === chosenId ? 'border-brand bg-green-50 font-semibold' : 'border-gray-300'}`}
            >
              {saved.label}: {addressSummary(saved)}
            </Link>
          </li>
        ))}
        <li>
          <Link href={`/${locale}/checkout?address=new`} className="text-brand-dark underline">
            {t('newAddress')}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
