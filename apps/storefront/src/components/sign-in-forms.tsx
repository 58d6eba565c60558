import { getTranslations } from 'next-intl/server';
import type { Locale } from '../i18n/routing';
import { requestCode, signInWithPassword, verifyCode } from '../app/[locale]/account/actions';
import { CARD, FIELD, PRIMARY_BUTTON } from './form-styles';

function PhoneField({ label, id }: { label: string; id: string }) {
  return (
    <label className="mt-2 block" htmlFor={id}>
      {label}
      <input id={id} name="phone" required type="tel" inputMode="tel" autoComplete="tel" className={FIELD} />
    </label>
  );
}

/** Signed out: a code by SMS (then the code step for `phone`), or the mobile number and a password. */
export async function SignInForms({ locale, phone }: { locale: Locale; phone?: string | undefined }) {
  const t = await getTranslations({ locale, namespace: 'account' });
  if (phone)
    return (
      <form action={verifyCode} className={`max-w-sm ${CARD}`}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="phone" value={phone} />
        <p>{t('codeSent', { phone })}</p>
        <label className="mt-2 block">
          {t('code')}
          <input
            name="code"
            required
            inputMode="numeric"
            pattern="[0-9]{6}"
            maxLength={6}
            autoComplete="one-time-code"
            className={FIELD}
          />
        </label>
        <button type="submit" className={PRIMARY_BUTTON}>
          {t('verify')}
        </button>
      </form>
    );
  return (
    <div className="grid max-w-3xl gap-4 md:grid-cols-2">
      <form action={requestCode} aria-labelledby="sign-in-code" className={CARD}>
        <input type="hidden" name="locale" value={locale} />
        <h2 id="sign-in-code" className="font-semibold">
          {t('signInCode')}
        </h2>
        <PhoneField label={t('phone')} id="code-phone" />
        <button type="submit" className={PRIMARY_BUTTON}>
          {t('sendCode')}
        </button>
      </form>
      <form action={signInWithPassword} aria-labelledby="sign-in-password" className={CARD}>
        <input type="hidden" name="locale" value={locale} />
        <h2 id="sign-in-password" className="font-semibold">
          {t('signInPassword')}
        </h2>
        <PhoneField label={t('phone')} id="password-phone" />
        <label className="mt-2 block">
          {t('password')}
          <input name="password" required type="password" autoComplete="current-password" className={FIELD} />
        </label>
        <button type="submit" className={PRIMARY_BUTTON}>
          {t('passwordSubmit')}
        </button>
      </form>
    </div>
  );
}
