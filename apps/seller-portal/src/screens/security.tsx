import { type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'use-intl';
import { Field, fieldError, PageHeader, ProblemAlert, StatusBadge, unwrap } from '@getit/ui/react';
import { useVendorSession } from '../vendor-context';

/** TOTP enrolment: a secret for an authenticator app, confirmed with its first code; later logins ask for a code. */
export function SecurityScreen() {
  const t = useTranslations('security');
  const { store, client } = useVendorSession();
  const queryClient = useQueryClient();
  const me = useQuery({ queryKey: ['me'], queryFn: async () => unwrap(await client.GET('/api/auth/me')) });
  const setup = useMutation({
    mutationFn: async () => unwrap(await client.POST('/api/auth/mfa/totp/setup')),
  });
  const confirm = useMutation({
    mutationFn: async (code: string) =>
      unwrap(await client.POST('/api/auth/mfa/totp/confirm', { body: { code } })),
    onSuccess: async (tokens) => {
      store.signIn(tokens);
      await queryClient.invalidateQueries({ queryKey: ['me'] });
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    confirm.mutate(String(new FormData(event.currentTarget).get('code') ?? '').trim());
  };
  return (
    <>
      <PageHeader title={t('title')} />
      <section className="card flex flex-col gap-3">
        <p className="flex items-center gap-2">
          {t.rich('totp', {
            state: () => (
              <StatusBadge
                label={me.data?.totpEnabled ? t('on') : t('off')}
                tone={me.data?.totpEnabled ? 'good' : 'neutral'}
                testId="totp-state"
              />
            ),
          })}
        </p>
        {me.data && !me.data.totpEnabled ? (
          setup.data ? (
            <form className="flex flex-col gap-3" onSubmit={submit}>
              <p>{t('scan')}</p>
              <p>
                {t.rich('secret', {
                  secret: setup.data.secret,
                  code: (chunks) => <code data-testid="totp-secret">{chunks}</code>,
                })}
              </p>
              <Field label={t('code')} error={fieldError(confirm.error, 'code')}>
                <input name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={6} required />
              </Field>
              <ProblemAlert error={confirm.error} />
              <button type="submit" className="btn-primary self-start" disabled={confirm.isPending}>
                {t('confirm')}
              </button>
            </form>
          ) : (
            <>
              <ProblemAlert error={setup.error} />
              <button type="button" className="btn-primary self-start" onClick={() => setup.mutate()}>
                {t('start')}
              </button>
            </>
          )
        ) : null}
      </section>
    </>
  );
}
