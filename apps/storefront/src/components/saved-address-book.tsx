import { getTranslations } from 'next-intl/server';
import type { Locale } from '../i18n/routing';
import { deleteAddress, makeDefaultAddress } from '../app/[locale]/account/actions';
import { addressSummary, type SavedAddress } from '../lib/saved-addresses';
import { ActionButton, CARD } from './form-controls';

/** The account's saved addresses: which one checkout starts from, and a way to change that or delete one. */
export async function SavedAddressBook({ locale, addresses }: { locale: Locale; addresses: SavedAddress[] }) {
  const t = await getTranslations({ locale, namespace: 'account' });
  if (addresses.length === 0) return <p>{t('noAddresses')}</p>;
  return (
    <ul className="space-y-2">
      {addresses.map((saved) => (
        <li key={saved.id} className={CARD} data-testid="saved-address">
          <p className="font-semibold">
            {saved.label}
            {saved.isDefault ? (
              <span className="ml-2 rounded bg-green-100 px-2 text-sm text-green-900">
                {t('defaultAddress')}
              </span>
            ) : null}
          </p>
          <p className="text-sm text-gray-700">
            {addressSummary(saved)} · {saved.address.postcode} · {saved.address.phone}
          </p>
          <div className="mt-2 flex gap-2">
            {saved.isDefault ? null : (
              <ActionButton action={makeDefaultAddress} locale={locale} fields={{ addressId: saved.id }}>
                {t('makeDefault', { label: saved.label })}
              </ActionButton>
            )}
            <ActionButton action={deleteAddress} locale={locale} fields={{ addressId: saved.id }}>
              {t('deleteAddress', { label: saved.label })}
            </ActionButton>
          </div>
        </li>
      ))}
    </ul>
  );
}
