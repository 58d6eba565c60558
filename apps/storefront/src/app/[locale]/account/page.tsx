import Link from 'next/link';
import { cookies } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { formatDateTime, formatMoney } from '@getit/ui';
import { ErrorState, type ErrorKind } from '../../../components/error-state';
import { Shell } from '../../../components/shell';
import { COOKIES, gateway, load } from '../../../lib/gateway';
import { one, pageLocale, type LocaleParams } from '../../../lib/page-params';
import { requestCode, signOut, verifyCode } from '../actions';

type Search = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'meta' });
  return { title: t('accountTitle'), robots: { index: false } };
}

export default async function AccountPage({
  params,
  searchParams,
}: {
  params: LocaleParams;
  searchParams: Search;
}) {
  const locale = await pageLocale(params);
  const query = await searchParams;
  const t = await getTranslations({ locale, namespace: 'account' });
  const o = await getTranslations({ locale, namespace: 'order' });
  const signedIn = Boolean((await cookies()).get(COOKIES.access)?.value);
  const orders = signedIn
    ? await load((await gateway()).GET('/api/me/orders', { params: { query: { limit: 20 } } }))
    : null;
  const phone = one(query['phone']);
  const error = one(query['error']);
  const input = 'mt-1 block w-full rounded border border-gray-400 bg-white px-3 py-2';
  const button = 'mt-3 rounded bg-brand px-4 py-2 font-semibold text-white';
  return (
    <Shell locale={locale} path="/account">
      <h1 className="mb-4 text-2xl font-bold">{t('title')}</h1>
      {error === 'wrongCode' ? (
        <p role="alert" className="mb-3 rounded bg-red-50 p-3 text-red-900">
          {t('wrongCode')}
        </p>
      ) : null}
      {error && error !== 'wrongCode' ? <ErrorState locale={locale} kind={error as ErrorKind} /> : null}
      {signedIn && orders?.ok ? (
        <>
          <p className="mb-2">{t('signedIn')}</p>
          <form action={signOut}>
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" className="rounded border border-brand px-3 py-1 text-brand-dark">
              {t('signOut')}
            </button>
          </form>
          <h2 className="mb-2 mt-6 text-xl font-bold">{o('myOrders')}</h2>
          {orders.data.items.length === 0 ? <p>{o('noOrders')}</p> : null}
          <ul className="space-y-2">
            {orders.data.items.map((order) => (
              <li key={order.id} className="rounded bg-white p-3 shadow-sm" data-testid="my-order">
                <Link
                  href={`/${locale}/order/${order.id}`}
                  className="font-semibold text-brand-dark underline"
                >
                  {o('title', { number: order.orderNumber })}
                </Link>
                <span className="block text-sm">
                  {o(`status_${order.status}`)} ·{' '}
                  {o('total', { amount: formatMoney(order.totalPoisha, locale) })} ·{' '}
                  {formatDateTime(order.placedAt, locale)}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : phone ? (
        <form action={verifyCode} className="max-w-sm rounded-lg bg-white p-4 shadow-sm">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="phone" value={phone} />
          <p>{t('codeSent', { phone })}</p>
          <label className="mt-2 block">
            {t('code')}
            <input
              name="code"
              required
              inputMode="numeric"
              pattern="[0-9]{6}"
              maxLength={6}
              autoComplete="one-time-code"
              className={input}
            />
          </label>
          <button type="submit" className={button}>
            {t('verify')}
          </button>
        </form>
      ) : (
        <form action={requestCode} className="max-w-sm rounded-lg bg-white p-4 shadow-sm">
          <input type="hidden" name="locale" value={locale} />
          <h2 className="font-semibold">{t('signIn')}</h2>
          <label className="mt-2 block">
            {t('phone')}
            <input name="phone" required type="tel" inputMode="tel" autoComplete="tel" className={input} />
          </label>
          <button type="submit" className={button}>
            {t('sendCode')}
          </button>
        </form>
      )}
    </Shell>
  );
}
