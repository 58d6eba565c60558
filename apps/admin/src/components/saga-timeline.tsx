import { useTranslations } from 'use-intl';
import type { ApiResponse } from '@getit/api-client';
import { DateTime } from '@getit/ui/react';

type Order = ApiResponse<'/api/orders/{orderId}', 'get'>;
type Saga = ApiResponse<'/api/admin/orders/{orderId}/saga', 'get'>;

/**
 * Where the checkout saga stands, from what the order records: placed, then confirmed (stock reserved and payment
 * accepted) or cancelled with the step that failed, then completed when every package ended.
 */
export function SagaTimeline({ order, saga }: { order: Order; saga?: Saga }) {
  const t = useTranslations('saga');
  const steps: { key: string; at: string | null; done: boolean; detail?: string }[] = [
    { key: 'placed', at: order.placedAt, done: true },
    order.cancelledAt
      ? {
          key: 'cancelled',
          at: order.cancelledAt,
          done: true,
          detail: [
            order.cancellation ? t(`cancelReasons.${order.cancellation.reason}`) : '',
            order.cancellation?.failedStep
              ? t('failedStep', {
                  step: t.has(`sagaSteps.${order.cancellation.failedStep}`)
                    ? t(`sagaSteps.${order.cancellation.failedStep}`)
                    : order.cancellation.failedStep,
                })
              : '',
            order.cancellation?.note ?? '',
          ]
            .filter(Boolean)
            .join(' · '),
        }
      : { key: 'confirmed', at: order.confirmedAt, done: Boolean(order.confirmedAt) },
    ...(order.cancelledAt
      ? []
      : [{ key: 'completed', at: order.completedAt, done: Boolean(order.completedAt) }]),
  ];
  return (
    <>
      {saga ? (
        <p className="mb-2 text-sm" data-testid="saga-state">
          <span className="font-medium">{t(`statuses.${saga.status}`)}</span>
          {saga.status === 'running' && saga.step ? (
            <> · {t('waitingOn', { step: t(`sagaSteps.${saga.step}`) })}</>
          ) : null}
          {saga.status === 'running' && saga.deadlineAt ? (
            <>
              {' '}
              · {t('deadline')} <DateTime iso={saga.deadlineAt} />
            </>
          ) : null}
          {saga.undoneLate.length > 0 ? (
            <> · {t('undoneLate', { steps: saga.undoneLate.join(', ') })}</>
          ) : null}
        </p>
      ) : null}
      <ol className="space-y-2 text-sm" data-testid="saga">
        {steps.map((step) => (
          <li key={step.key} className="flex gap-2">
            <span aria-hidden="true" className={step.done ? 'text-emerald-800' : 'text-slate-500'}>
              {step.done ? '●' : '○'}
            </span>
            <div>
              <p className="font-medium">
                {t(`steps.${step.key}`)}
                {!step.done ? <span className="font-normal text-slate-700"> · {t('waiting')}</span> : null}
              </p>
              {step.at ? <DateTime iso={step.at} /> : null}
              {step.detail ? <p className="text-slate-800">{step.detail}</p> : null}
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
