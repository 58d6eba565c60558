import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ErrorState, errorKindOf } from '../../../../components/error-state';
import { OrderView } from '../../../../components/order-view';
import { Shell } from '../../../../components/shell';
import { gateway, load } from '../../../../lib/gateway';
import { pageLocale, type LocaleParams } from '../../../../lib/page-params';

type Params = Promise<{ locale: string; id: string }>;

export async function generateMetadata({ params }: { params: Params }) {
  const locale = await pageLocale(params as LocaleParams);
  const t = await getTranslations({ locale, namespace: 'meta' });
  return { title: t('orderTitle'), robots: { index: false } };
}

export default async function OrderPage({ params }: { params: Params }) {
  const locale = await pageLocale(params as LocaleParams);
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  // waitMs: the gateway answers as soon as the saga settles (stock reserved, payment decided), or after 5 s.
  const order = await load(
    (await gateway()).GET('/api/orders/{orderId}', {
      params: { path: { orderId: id }, query: { waitMs: 5000 } },
    }),
  );
  return (
    <Shell locale={locale} path={`/order/${id}`}>
      {order.ok ? (
        <OrderView locale={locale} order={order.data} />
      ) : (
        <ErrorState locale={locale} kind={errorKindOf(order.status)} />
      )}
    </Shell>
  );
}
