import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { formatDateTime, formatMoney } from '@getit/ui';
import { ErrorState, type ErrorKind } from '../../../components/error-state';
import { ActionButton } from '../../../components/form-controls';
import { SavedAddressBook } from '../../../components/saved-address-book';
import { SessionList } from '../../../components/session-list';
import { privatePageMetadata } from '../../../lib/seo';
import { Shell } from '../../../components/shell';
import { SignInForms } from '../../../components/sign-in-forms';
import { isSignedIn } from '../../../lib/auth-session';
import { gateway, load } from '../../../lib/gateway';
import { one, pageRequest, type PageProps } from '../../../lib/page-params';
import { savedAddresses } from '../../../lib/saved-addresses';
import { signOut } from './actions';

const SIGN_IN_ERRORS = ['wrongCode', 'wrongPassword', 'weakPassword', 'accountExists'] as const;
type SignInError = (typeof SIGN_IN_ERRORS)[number];
const isSignInError = (error: string | undefined): error is SignInError =>
  (SIGN_IN_ERRORS as readonly string[]).includes(error ?? '');

export const generateMetadata = privatePageMetadata('accountTitle');

export default async function AccountPage(props: PageProps) {
  const { locale, query } = await pageRequest(props);
  const t = await getTranslations({ locale, namespace: 'account' });
  const o = await getTranslations({ locale, namespace: 'order' });
  const signedIn = await isSignedIn();
  const api = signedIn ? await gateway() : null;
  const [orders, sessions, addresses] = api
    ? await Promise.all([
        load(api.GET('/api/me/orders', { params: { query: { limit: 20 } } })),
        load(api.GET('/api/auth/sessions')),
        savedAddresses(),
      ])
    : [null, null, []];
  // A session ended elsewhere (signed out from another device): its token may still pass the gateway for a few
  // minutes, but auth no longer honours it, so this browser is signed out.
  const sessionEnded = sessions?.ok === false && sessions.status === 401;
  const error = one(query['error']);
  return (
    <Shell locale={locale} path="/account">
      <h1 className="mb-4 text-2xl font-bold">{t('title')}</h1>
      {isSignInError(error) ? (
        <p role="alert" className="mb-3 rounded bg-red-50 p-3 text-red-900">
          {t(error)}
        </p>
      ) : null}
      {error && !isSignInError(error) ? <ErrorState locale={locale} kind={error as ErrorKind} /> : null}
      {signedIn && orders?.ok && !sessionEnded ? (
        <>
          <p className="mb-2">{t('signedIn')}</p>
          <ActionButton action={signOut} locale={locale}>
            {t('signOut')}
          </ActionButton>
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
          <h2 id="addresses" className="mb-2 mt-6 text-xl font-bold">
            {t('addresses')}
          </h2>
          <SavedAddressBook locale={locale} addresses={addresses} />
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
        <SignInForms locale={locale} phone={one(query['phone'])} register={one(query['register']) === '1'} />
      )}
    </Shell>
  );
}
