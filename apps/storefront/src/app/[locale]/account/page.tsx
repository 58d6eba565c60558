import Link from 'next/link';
import { cookies } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { formatDateTime, formatMoney } from '@getit/ui';
import { ErrorState, type ErrorKind } from '../../../components/error-state';
import { SECONDARY_BUTTON } from '../../../components/form-styles';
import { SessionList } from '../../../components/session-list';
import { Shell } from '../../../components/shell';
import { SignInForms } from '../../../components/sign-in-forms';
import { COOKIES, gateway, load } from '../../../lib/gateway';
import { one, pageLocale, type LocaleParams } from '../../../lib/page-params';
import { signOut } from './actions';

type Search = Promise<Record<string, string | string[] | undefined>>;
const SIGN_IN_ERRORS = ['wrongCode', 'wrongPassword'];

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
  const api = signedIn ? await gateway() : null;
  const [orders, sessions] = api
    ? await Promise.all([
        load(api.GET('/api/me/orders', { params: { query: { limit: 20 } } })),
        load(api.GET('/api/auth/sessions')),
      ])
    : [null, null];
  const error = one(query['error']);
  return (
    <Shell locale={locale} path="/account">
      <h1 className="mb-4 text-2xl font-bold">{t('title')}</h1>
      {error && SIGN_IN_ERRORS.includes(error) ? (
        <p role="alert" className="mb-3 rounded bg-red-50 p-3 text-red-900">
          {t(error as 'wrongCode' | 'wrongPassword')}
        </p>
      ) : null}
      {error && !SIGN_IN_ERRORS.includes(error) ? (
        <ErrorState locale={locale} kind={error as ErrorKind} />
      ) : null}
      {signedIn && orders?.ok ? (
        <>
          <p className="mb-2">{t('signedIn')}</p>
          <form action={signOut}>
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" className={SECONDARY_BUTTON}>
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
          <h2 id="sessions" className="mb-2 mt-6 text-xl font-bold">
            {t('sessions')}
          </h2>
          {one(query['revoked']) ? (
            <p role="status" className="mb-2 rounded bg-green-50 p-3 text-green-900">
              {t('sessionEnded')}
            </p>
          ) : null}
          {sessions?.ok ? (
            <SessionList locale={locale} sessions={sessions.data.items} />
          ) : (
            <ErrorState locale={locale} kind="unavailable" />
          )}
        </>
      ) : (
        <SignInForms locale={locale} phone={one(query['phone'])} />
      )}
    </Shell>
  );
}
