import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Navigate, useNavigate } from 'react-router';
import { useTranslations } from 'use-intl';
import {
  Field,
  fieldError,
  ProblemAlert,
  ProblemError,
  unwrap,
  useSession,
  useUiLocale,
  type TokenPairLike,
} from '@getit/ui/react';

type Mode = 'password' | 'sms' | 'signup';

const needsTotp = (error: unknown) =>
  error instanceof ProblemError && (error.problem as Record<string, unknown>)['totpRequired'] === true;

/** Sign in with phone and password or an SMS code (and the authenticator code when TOTP is on), or sign up. */
export function SignInScreen() {
  const t = useTranslations('signIn');
  const tu = useTranslations('ui');
  const { store, claims } = useSession();
  const { locale, setLocale } = useUiLocale();
  const navigate = useNavigate();
  const [mode, setMode] = useState<Mode>('password');
  const [codeSent, setCodeSent] = useState(false);
  const [showTotp, setShowTotp] = useState(false);

  const done = (tokens: TokenPairLike) => {
    store.signIn(tokens);
    navigate('/', { replace: true });
  };

  const signIn = useMutation({
    mutationFn: async (values: Record<string, string>) => {
      const totp = values['totp'] || undefined;
      if (mode === 'password')
        return unwrap(
          await store.client.POST('/api/auth/login', {
            body: { identifier: values['phone'] ?? '', password: values['password'] ?? '', totp },
          }),
        );
      if (mode === 'sms')
        return unwrap(
          await store.client.POST('/api/auth/otp/verify', {
            body: { phone: values['phone'] ?? '', code: values['code'] ?? '', totp, locale },
          }),
        );
      return unwrap(
        await store.client.POST('/api/auth/register', {
          body: {
            phone: values['phone'],
            code: values['code'],
            password: values['password'] ?? '',
            displayName: values['displayName'],
            locale,
          },
        }),
      );
    },
    onSuccess: done,
    onError: (error) => setShowTotp((shown) => shown || needsTotp(error)),
  });

  const sendCode = useMutation({
    mutationFn: async (phone: string) =>
      unwrap(await store.client.POST('/api/auth/otp/request', { body: { phone } })),
    onSuccess: () => setCodeSent(true),
  });

  if (claims) return <Navigate to="/" replace />;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const values = Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v).trim()]));
    if (mode !== 'password' && !codeSent) sendCode.mutate(values['phone'] ?? '');
    else signIn.mutate(values);
  };
  const choose = (next: Mode) => {
    setMode(next);
    setCodeSent(false);
    signIn.reset();
    sendCode.reset();
  };
  const error = signIn.error ?? sendCode.error;
  const awaitingCode = mode !== 'password' && !codeSent;

  return (
    <div className="min-h-screen bg-slate-50">
      <header className="flex items-center justify-between border-b border-slate-200 bg-white px-4 py-3">
        <span className="text-lg font-semibold text-emerald-800">{t('product')}</span>
        <button
          type="button"
          lang={locale === 'bn' ? 'en' : 'bn'}
          className="btn-secondary"
          onClick={() => setLocale(locale === 'bn' ? 'en' : 'bn')}
        >
          {tu('switchLanguage')}
        </button>
      </header>
      <main id="main" className="mx-auto max-w-md px-4 py-8">
        <h1 className="mb-4 text-2xl font-semibold">{mode === 'signup' ? t('signUpTitle') : t('title')}</h1>
        <div role="group" aria-label={t('method')} className="mb-4 flex gap-2">
          {(['password', 'sms', 'signup'] as const).map((option) => (
            <button
              key={option}
              type="button"
              aria-pressed={mode === option}
              className={mode === option ? 'btn-primary' : 'btn-secondary'}
              onClick={() => choose(option)}
            >
              {t(`mode.${option}`)}
            </button>
          ))}
        </div>
        <form className="card flex flex-col gap-3" onSubmit={submit} noValidate>
          <Field label={t('phone')} error={fieldError(error, 'phone') ?? fieldError(error, 'identifier')}>
            <input name="phone" type="tel" autoComplete="tel" inputMode="tel" required readOnly={codeSent} />
          </Field>
          {mode !== 'password' && codeSent ? (
            <>
              <p role="status" className="text-sm text-emerald-800">
                {t('codeSent')}
              </p>
              <Field label={t('code')} error={fieldError(error, 'code')}>
                <input name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={6} required />
              </Field>
            </>
          ) : null}
          {mode === 'signup' && codeSent ? (
            <Field label={t('displayName')} error={fieldError(error, 'displayName')}>
              <input name="displayName" autoComplete="name" />
            </Field>
          ) : null}
          {mode === 'password' || (mode === 'signup' && codeSent) ? (
            <Field
              label={t('password')}
              error={fieldError(error, 'password')}
              hint={mode === 'signup' ? t('passwordHint') : undefined}
            >
              <input
                name="password"
                type="password"
                autoComplete={mode === 'signup' ? 'new-password' : 'current-password'}
                required
              />
            </Field>
          ) : null}
          {showTotp && mode !== 'signup' ? (
            <Field label={t('totp')} error={fieldError(error, 'totp')} hint={t('totpHint')}>
              <input name="totp" inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
            </Field>
          ) : null}
          <ProblemAlert error={needsTotp(error) && showTotp && !signIn.isError ? undefined : error} />
          <button type="submit" className="btn-primary" disabled={signIn.isPending || sendCode.isPending}>
            {awaitingCode ? t('sendCode') : mode === 'signup' ? t('createAccount') : t('submit')}
          </button>
        </form>
      </main>
    </div>
  );
}
