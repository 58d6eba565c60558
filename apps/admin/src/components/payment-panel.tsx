import { useTranslations } from 'use-intl';
import type { ApiResponse } from '@getit/api-client';
import { DateTime, Money, StatusBadge } from '@getit/ui/react';

type Payment = ApiResponse<'/api/payments', 'get'>['items'][number];

const TONE: Record<string, 'good' | 'bad' | 'warn' | 'neutral'> = {
  requires_action: 'warn',
  authorized: 'neutral',
  captured: 'good',
  partially_refunded: 'warn',
  refunded: 'neutral',
  cancelled: 'bad',
  failed: 'bad',
  expired: 'bad',
};

/** An order's payment: method, status, what was captured or collected, and its history oldest first. */
export function PaymentPanel({ payment }: { payment: Payment }) {
  const t = useTranslations('payment');
  return (
    <div data-testid="payment">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">{t('status')}</dt>
        <dd>
          <StatusBadge
            testId="payment-status"
            label={t(`statuses.${payment.status}`)}
            tone={TONE[payment.status]}
          />
        </dd>
        <dt className="font-medium">{t('amount')}</dt>
        <dd>
          <Money poisha={payment.amountPoisha} />
        </dd>
        <dt className="font-medium">{t('captured')}</dt>
        <dd>
          <Money poisha={payment.capturedPoisha} />
        </dd>
        {payment.method === 'cod' ? (
          <>
            <dt className="font-medium">{t('collected')}</dt>
            <dd>
              <Money poisha={payment.collectedPoisha} />
            </dd>
          </>
        ) : null}
        {payment.providerRef ? (
          <>
            <dt className="font-medium">{t('providerRef')}</dt>
            <dd className="font-mono">{payment.providerRef}</dd>
          </>
        ) : null}
        {payment.failureReason ? (
          <>
            <dt className="font-medium">{t('failure')}</dt>
            <dd>{payment.failureReason}</dd>
          </>
        ) : null}
      </dl>
      <h3 className="mt-3 text-sm font-semibold">{t('history')}</h3>
      <ol className="mt-1 space-y-1 text-sm">
        {payment.history.map((change) => (
          <li key={`${change.at}-${change.to}`}>
            <DateTime iso={change.at} /> · {t(`statuses.${change.to}`)}
            {change.reason ? <span className="text-slate-700"> ({change.reason})</span> : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
