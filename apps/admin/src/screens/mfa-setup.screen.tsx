import { type FormEvent } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Navigate, useNavigate } from 'react-router';
import { useTranslations } from 'use-intl';
import { Field, fieldError, ProblemAlert, unwrap } from '@getit/ui/react';
import { LanguageButton } from '../components/language-button';
import { useAdminSession, useApi } from '../session/admin-session';

/**
 * The one screen a password-only admin session sees: a TOTP secret for an authenticator app and the code that
 * confirms it. Confirming returns tokens with the second factor, which open the dashboard.
 */
export function MfaSetupScreen() {
  const t = useTranslations('mfa');
  const api = useApi();
  const navigate = useNavigate();
  const { claims, mfa, store } = useAdminSession();
  const setup = useQuery({
    queryKey: ['totp-setup', claims?.sub],
    enabled: Boolean(claims) && !mfa,
    staleTime: Infinity,
    queryFn: async () => unwrap(await api.POST('/api/auth/mfa/totp/setup')),
  });
  const confirm = useMutation({
    mutationFn: async (code: string) =>
      unwrap(await api.POST('/api/auth/mfa/totp/confirm', { body: { code } })),
    onSuccess: (pair) => {
      store.signIn(pair);
      void navigate('/', { replace: true });
    },
  });
  if (!claims) return <Navigate to="/sign-in" replace />;
  if (mfa && !confirm.isSuccess) return <Navigate to="/" replace />;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    confirm.mutate(String(new FormData(event.currentTarget).get('code') ?? '').trim());
  };

  return (
    <main
      id="main"
      className="mx-auto mt-16 max-w-lg rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
    >
      <div className="mb-2 flex items-center justify-between gap-3">
        <h1 className="text-xl font-semibold">{t('title')}</h1>
        <LanguageButton />
      </div>
      <p className="mb-4 text-slate-800">{t('why')}</p>
      {setup.error ? <ProblemAlert error={setup.error} /> : null}
      {setup.data ? (
        <ol className="mb-4 list-decimal space-y-3 pl-5 text-slate-900">
          <li>
            {t('step1')}
            <div className="mt-1">
              <span className="text-sm text-slate-700">{t('secret')}</span>{' '}
              <code
                data-testid="totp-secret"
                className="rounded bg-slate-100 px-2 py-1 font-mono tracking-wider"
              >
                {setup.data.secret}
              </code>
            </div>
            <a className="mt-1 inline-block text-sm text-emerald-800 underline" href={setup.data.otpauthUrl}>
              {t('openApp')}
            </a>
          </li>
          <li>{t('step2')}</li>
        </ol>
      ) : (
        <p>{t('loading')}</p>
      )}
      <form className="flex flex-col gap-4" onSubmit={submit} noValidate>
        <Field
          label={t('code')}
          error={fieldError(confirm.error, 'code') ?? (confirm.error ? t('wrongCode') : undefined)}
        >
          <input name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={6} required />
        </Field>
        <div className="flex gap-3">
          <button
            type="submit"
            disabled={!setup.data || confirm.isPending}
            className="rounded bg-emerald-800 px-4 py-2 font-medium text-white disabled:opacity-60"
          >
            {t('confirm')}
          </button>
          <button type="button" className="rounded px-4 py-2 underline" onClick={() => void store.signOut()}>
            {t('signOut')}
          </button>
        </div>
      </form>
    </main>
  );
}
