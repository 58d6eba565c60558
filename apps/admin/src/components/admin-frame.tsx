import { Navigate, Outlet } from 'react-router';
import { useTranslations } from 'use-intl';
import { AppShell, type NavItem } from '@getit/ui/react';
import { mayUse, type AdminScreen } from '../access/admin-access';
import { useAdminSession } from '../session/admin-session';

const NAV: { to: string; screen: AdminScreen; key: string }[] = [
  { to: '/', screen: 'dashboard', key: 'dashboard' },
  { to: '/vendors', screen: 'vendors', key: 'vendors' },
  { to: '/products', screen: 'products', key: 'products' },
  { to: '/orders', screen: 'orders', key: 'orders' },
  { to: '/late-packages', screen: 'orders', key: 'latePackages' },
  { to: '/courier-performance', screen: 'courierPerformance', key: 'courierPerformance' },
  { to: '/refunds', screen: 'refunds', key: 'refunds' },
  { to: '/cod-reconciliation', screen: 'ledger', key: 'codReconciliation' },
  { to: '/rules', screen: 'commissionRules', key: 'rules' },
  { to: '/records', screen: 'audit', key: 'records' },
];

/**
 * The signed-in frame. Without a session: the sign-in. With a password-only session (no TOTP yet): the TOTP
 * set-up and nothing else, as the API admits such a token nowhere else.
 */
export function AdminFrame() {
  const t = useTranslations('nav');
  const { claims, mfa, roles, store } = useAdminSession();
  if (!claims) return <Navigate to="/sign-in" replace />;
  if (!mfa) return <Navigate to="/mfa-setup" replace />;
  const nav: NavItem[] = NAV.filter(
    (item) => mayUse(roles, item.screen) || (item.key === 'rules' && mayUse(roles, 'rateCard')),
  ).map((item) => ({ to: item.to, label: t(item.key) }));
  return (
    <AppShell
      product={t('product')}
      nav={nav}
      account={
        <button type="button" className="rounded px-2 py-1 underline" onClick={() => void store.signOut()}>
          {t('signOut')}
        </button>
      }
    >
      <Outlet />
    </AppShell>
  );
}
