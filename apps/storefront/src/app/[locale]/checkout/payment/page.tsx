import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ErrorState, errorKindOf } from '../../../../components/error-state';
import { OrderView } from '../../../../components/order-view';
import { privatePageMetadata } from '../../../../lib/seo';
import { Shell } from '../../../../components/shell';
import { gateway, load } from '../../../../lib/gateway';
import { one, pageRequest, type PageProps } from '../../../../lib/page-params';

const OUTCOMES = ['success', 'pending', 'failed', 'cancelled'] as const;

export const generateMetadata = privatePageMetadata('paymentTitle');

/**
 * Where the payment service sends the shopper back (`STOREFRONT_RETURN_URL?orderId=…&payment=…`): what the provider
 * said, then the order as the saga settled it (the payment is only counted after the server-to-server check).
 */
export default async function PaymentReturnPage(props: PageProps) {
  const { locale, query } = await pageRequest(props);
  const t = await getTranslations({ locale, namespace: 'payment' });
  const orderId = one(query['orderId']) ?? '';
  const outcome = OUTCOMES.find((o) => o === one(query['payment'])) ?? 'pending';
  const order = /^[0-9a-f-]{36}$/i.test(orderId)
    ? await load(
        (await gateway()).GET('/api/orders/{orderId}', {
          params: { path: { orderId }, query: { waitMs: 5000 } },
        }),
      )
    : null;
  return (
    <Shell
      locale={locale}
      path={`/checkout/payment?orderId=${encodeURIComponent(orderId)}&payment=${outcome}`}
    >
      <p
        role="status"
        className={`mb-4 rounded p-3 ${outcome === 'success' ? 'bg-green-50 text-green-900' : outcome === 'pending' ? 'bg-amber-50 text-amber-900' : 'bg-red-50 text-red-900'}`}
      >
        {t(outcome)}
      </p>
      {order?.ok ? <OrderView locale={locale} order={order.data} /> : null}
      {order && !order.ok ? <ErrorState locale={locale} kind={errorKindOf(order.status)} /> : null}
      {order?.ok ? (
        <Link
          href={`/${locale}/order/${orderId}`}
          className="mt-4 inline-block font-semibold text-brand-dark underline"
        >
          {t('viewOrder')}
        </Link>
      ) : null}
    </Shell>
  );
}
