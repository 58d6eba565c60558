import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '../i18n/routing';
import {
  registerWithPassword,
  requestCode,
  signInWithPassword,
  verifyCode,
} from '../app/[locale]/account/actions';
import { CARD, PRIMARY_BUTTON, TextField } from './form-controls';

const PHONE = { name: 'phone', required: true, type: 'tel', inputMode: 'tel', autoComplete: 'tel' } as const;

const CODE = {
  name: 'code',
  required: true,
  inputMode: 'numeric',
  pattern: '[0-9]{6}',
  maxLength: 6,
  autoComplete: 'one-time-code',
} as const;

/**
 * Signed out: a code by SMS (then the code step for `phone`), the mobile number and a password, or a new account
 * with a password (a code first, then the `register` step).
 */
export async function SignInForms({
  locale,
  phone,
  register,
}: {
  locale: Locale;
  phone?: string | undefined;
  register: boolean;
}) {
  const t = await getTranslations({ locale, namespace: 'account' });
  if (phone)
    return (
      <form action={register ? registerWithPassword : verifyCode} className={`max-w-sm ${CARD}`}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="phone" value={phone} />
        <p>{register ? t('registerStep', { phone }) : t('codeSent', { phone })}</p>
        <TextField label={t('code')} {...CODE} />
        {register ? (
          <>
            <TextField label={t('displayName')} name="displayName" maxLength={100} autoComplete="name" />
            <TextField
              label={t('newPassword')}
              hint={{ id: 'password-hint', text: t('passwordHint') }}
              name="password"
              required
              minLength={10}
              maxLength={128}
              type="password"
              autoComplete="new-password"
            />
          </>
        ) : null}
        <button type="submit" className={PRIMARY_BUTTON}>
          {register ? t('createAccount') : t('verify')}
        </button>
      </form>
    );
  return (
    <div className="grid max-w-3xl gap-4 md:grid-cols-2">
      <SignInCard
        action={requestCode}
        locale={locale}
        id="sign-in-code"
        title={t('signInCode')}
        submit={t('sendCode')}
      >
        <TextField label={t('phone')} {...PHONE} />
      </SignInCard>
      <SignInCard
        action={signInWithPassword}
        locale={locale}
        id="sign-in-password"
        title={t('signInPassword')}
        submit={t('passwordSubmit')}
      >
        <TextField label={t('phone')} {...PHONE} />
        <TextField
          label={t('password')}
          name="password"
          required
          type="password"
          autoComplete="current-password"
        />
      </SignInCard>
      <SignInCard
        action={requestCode}
        locale={locale}
        id="register"
        title={t('registerTitle')}
        submit={t('sendCode')}
      >
        <input type="hidden" name="purpose" value="register" />
        <TextField label={t('phone')} {...PHONE} />
      </SignInCard>
    </div>
  );
}

/** One way of signing in: a card named by its heading, its fields, and its button. */
function SignInCard({
  action,
  locale,
  id,
  title,
  submit,
  children,
}: {
  action: (form: FormData) => Promise<void>;
  locale: Locale;
  id: string;
  title: string;
  submit: string;
  children: ReactNode;
}) {
  return (
    <form action={action} aria-labelledby={id} className={CARD}>
      <input type="hidden" name="locale" value={locale} />
      <h2 id={id} className="font-semibold">
        {title}
      </h2>
      {children}
      <button type="submit" className={PRIMARY_BUTTON}>
        {submit}
      </button>
    </form>
  );
}
