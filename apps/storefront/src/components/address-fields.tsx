import { getTranslations } from 'next-intl/server';
import { DIVISIONS, placeName } from '@getit/contracts';
import type { Locale } from '../i18n/routing';
import type { SavedAddress } from '../lib/saved-addresses';
import { DistrictPicker } from './district-picker';
import { TextField } from './form-controls';

/** The delivery address inputs of checkout, filled in from a saved address when the shopper picked one. */
export async function AddressFields({
  locale,
  saved,
  district,
}: {
  locale: Locale;
  saved: SavedAddress['address'] | undefined;
  district: string;
}) {
  const t = await getTranslations({ locale, namespace: 'checkout' });
  return (
    <>
      <TextField
        label={t('name')}
        name="name"
        required
        maxLength={100}
        autoComplete="name"
        defaultValue={saved?.name}
      />
      <TextField
        label={t('phone')}
        hint={{ id: 'phone-hint', text: t('phoneHint') }}
        name="phone"
        required
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        pattern="(\+?880)?0?1[3-9][0-9]{8}"
        defaultValue={saved?.phone}
      />
      <DistrictPicker
        divisions={DIVISIONS}
        names={Object.fromEntries(
          [...Object.keys(DIVISIONS), ...Object.values(DIVISIONS).flat()].map((place) => [
            place,
            placeName(place, locale),
          ]),
        )}
        initialDistrict={saved?.district ?? district}
        labels={{
          division: t('division'),
          district: t('district'),
          chooseDivision: t('chooseDivision'),
          chooseDistrict: t('chooseDistrict'),
        }}
      />
      <TextField label={t('area')} name="area" required maxLength={100} defaultValue={saved?.area} />
      <TextField
        label={t('postcode')}
        name="postcode"
        required
        inputMode="numeric"
        pattern="[0-9]{4}"
        maxLength={4}
        autoComplete="postal-code"
        defaultValue={saved?.postcode}
      />
      <TextField
        label={t('street')}
        name="street"
        required
        maxLength={300}
        autoComplete="street-address"
        defaultValue={saved?.street}
      />
    </>
  );
}
