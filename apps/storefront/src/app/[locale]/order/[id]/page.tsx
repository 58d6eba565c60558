import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ErrorState, errorKindOf } from '../../../../components/error-state';
import { OrderTracking } from '../../../../components/order-tracking';
import { OrderView } from '../../../../components/order-view';
import { privatePageMetadata } from '../../../../lib/seo';
import { Shell } from '../../../../components/shell';
import { gateway, load } from '../../../../lib/gateway';
import { one, pageRequest, type PageProps } from '../../../../lib/page-params';

export const generateMetadata = privatePageMetadata('orderTitle');

export default async function OrderPage(props: PageProps<{ id: string }>) {
  const {
    locale,
    params: { id },
    query,
  } = await pageRequest(props);
  const t = await getTranslations({ locale, namespace: 'order' });
  const addressNotSaved = one(query['notice']) === 'addressNotSaved';
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  // waitMs: the gateway answers as soon as the saga settles (stock reserved, payment decided), or after 5 s.
  const order = await load(
    (await gateway()).GET('/api/orders/{orderId}', {
      params: { path: { orderId: id }, query: { waitMs: 5000 } },
    }),
  );
  return (
    <Shell locale={locale} path={`/order/${id}`}>
      {addressNotSaved ? (
        <p role="status" className="mb-3 rounded bg-amber-50 p-3 text-amber-900">
          {t('addressNotSaved')}
        </p>
      ) : null}
      {order.ok ? (
        <>
          <OrderView locale={locale} order={order.data} />
          <OrderTracking locale={locale} orderId={id} />
        </>
      ) : (
        <ErrorState locale={locale} kind={errorKindOf(order.status)} />
      )}
    </Shell>
  );
}
