import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Navigate, useNavigate } from 'react-router';
import { useTranslations } from 'use-intl';
import { Field, fieldError, ProblemAlert, ProblemError, unwrap } from '@getit/ui/react';
import { isAdmin } from '../access/admin-access';
import { LanguageButton } from '../components/language-button';
import { useAdminSession, useApi } from '../session/admin-session';

/** Password and, once set up, the authenticator code: both in one form, as the API takes them. */
export function SignInScreen() {
  const t = useTranslations('signIn');
  const api = useApi();
  const navigate = useNavigate();
  const { claims, store } = useAdminSession();
  const [notAdmin, setNotAdmin] = useState(false);
  const login = useMutation({
    mutationFn: async (body: { identifier: string; password: string; totp?: string }) =>
      unwrap(await api.POST('/api/auth/login', { body })),
    onSuccess: (pair) => {
      store.signIn(pair);
      if (!isAdmin(store.claims?.roles ?? [])) {
        setNotAdmin(true);
        void store.signOut();
        return;
      }
      void navigate(store.claims?.amr.includes('mfa') ? '/' : '/mfa-setup', { replace: true });
    },
  });
  if (claims && !login.isPending && !notAdmin) return <Navigate to="/" replace />;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const totp = String(form.get('totp') ?? '').trim();
    setNotAdmin(false);
    login.mutate({
      identifier: String(form.get('identifier') ?? ''),
      password: String(form.get('password') ?? ''),
      ...(totp ? { totp } : {}),
    });
  };
  const error = login.error;
  const unauthenticated = error instanceof ProblemError && error.status === 401;
  const totpMissing = unauthenticated && (error.problem as { totpRequired?: boolean }).totpRequired === true;

  return (
    <main
      id="main"
      className="mx-auto mt-16 max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
    >
      <div className="mb-4 flex items-center justify-between">
        <h1 className="text-xl font-semibold">{t('title')}</h1>
        <LanguageButton />
      </div>
      <form className="flex flex-col gap-4" onSubmit={submit} noValidate>
        <Field label={t('identifier')} error={fieldError(error, 'identifier')}>
          <input name="identifier" autoComplete="username" required />
        </Field>
        <Field label={t('password')} error={fieldError(error, 'password')}>
          <input name="password" type="password" autoComplete="current-password" required />
        </Field>
        <Field
          label={t('totp')}
          hint={t('totpHint')}
          error={fieldError(error, 'totp') ?? (totpMissing ? t('totpNeeded') : undefined)}
        >
          <input name="totp" inputMode="numeric" autoComplete="one-time-code" pattern="\d{6}" maxLength={6} />
        </Field>
        {unauthenticated && !totpMissing ? (
          <p role="alert" className="text-sm text-red-800">
            {t('wrongCredentials')}
          </p>
        ) : error && !unauthenticated ? (
          <ProblemAlert error={error} />
        ) : null}
        {notAdmin ? (
          <p role="alert" className="text-sm text-red-800">
            {t('notAdmin')}
          </p>
        ) : null}
        <button
          type="submit"
          disabled={login.isPending}
          className="rounded bg-emerald-800 px-4 py-2 font-medium text-white disabled:opacity-60"
        >
          {t('submit')}
        </button>
      </form>
    </main>
  );
}
