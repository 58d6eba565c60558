import { getTranslations } from 'next-intl/server';
import type { ApiResponse } from '@getit/api-client';
import { formatRelative } from '@getit/ui';
import type { Locale } from '../i18n/routing';
import { revokeSession } from '../app/[locale]/account/actions';
import { ActionButton, CARD } from './form-controls';

type Session = ApiResponse<'/api/auth/sessions', 'get'>['items'][number];

/** The shopper's live sessions, this device first; each can be ended (a lost phone, a shared computer). */
export async function SessionList({ locale, sessions }: { locale: Locale; sessions: Session[] }) {
  const t = await getTranslations({ locale, namespace: 'account' });
  const ordered = [...sessions].sort((a, b) => Number(b.current) - Number(a.current));
  return (
    <ul className="space-y-2">
      {ordered.map((session) => (
        <li key={session.id} className={CARD} data-testid="session">
          <p className="font-semibold">
            {session.userAgent ?? t('unknownDevice')}
            {session.current ? (
              <span className="ml-2 rounded bg-green-100 px-2 text-sm text-green-900">{t('thisDevice')}</span>
            ) : null}
          </p>
          <p className="text-sm text-gray-700">
            {session.amr.includes('otp') ? t('sessionOtp') : t('sessionPwd')} ·{' '}
            {t('lastActive', { when: formatRelative(session.lastUsedAt, locale) })}
          </p>
          <div className="mt-2">
            <ActionButton
              action={revokeSession}
              locale={locale}
              fields={{ sessionId: session.id, current: String(session.current) }}
            >
              {t('endSession')}
            </ActionButton>
          </div>
        </li>
      ))}
    </ul>
  );
}
