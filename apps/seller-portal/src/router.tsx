import { createBrowserRouter, Navigate, Outlet, RouterProvider } from 'react-router';
import { useTranslations } from 'use-intl';
import { AppShell, useSession, type NavItem } from '@getit/ui/react';
import { useVendor, useVendorSession } from './vendor-context';

/** Every screen but sign-in needs a session; a person without a vendor yet is sent to the application. */
function PortalLayout() {
  const t = useTranslations('nav');
  const { store, claims } = useSession();
  const { vendorId } = useVendorSession();
  const vendor = useVendor();
  if (!claims) return <Navigate to="/sign-in" replace />;
  const approved = vendor.data?.status === 'approved';
  const nav: NavItem[] = vendorId
    ? [
        { to: '/', label: t('home') },
        ...(approved
          ? [
              { to: '/products', label: t('products') },
              { to: '/stock', label: t('stock') },
              { to: '/packages', label: t('packages') },
              { to: '/couriers', label: t('couriers') },
              { to: '/money', label: t('money') },
              { to: '/staff', label: t('staff') },
            ]
          : []),
        { to: '/security', label: t('security') },
      ]
    : [{ to: '/apply', label: t('apply') }];
  return (
    <AppShell
      product={t('product')}
      nav={nav}
      account={
        <>
          {vendor.data ? <span className="text-slate-700">{vendor.data.shopName}</span> : null}
          <button type="button" className="btn-secondary" onClick={() => void store.signOut()}>
            {t('signOut')}
          </button>
        </>
      }
    >
      <Outlet />
    </AppShell>
  );
}

// Each screen is its own chunk, fetched on first visit: the entry holds the shell, the session and the router.
const router = createBrowserRouter(
  [
    {
      path: '/sign-in',
      hydrateFallbackElement: <div aria-busy="true" />,
      lazy: () => import('./screens/sign-in').then((m) => ({ Component: m.SignInScreen })),
    },
    {
      path: '/',
      element: <PortalLayout />,
      hydrateFallbackElement: <div aria-busy="true" />,
      children: [
        { index: true, lazy: () => import('./screens/home').then((m) => ({ Component: m.HomeScreen })) },
        { path: 'apply', lazy: () => import('./screens/apply').then((m) => ({ Component: m.ApplyScreen })) },
        {
          path: 'products',
          lazy: () => import('./screens/products').then((m) => ({ Component: m.ProductsScreen })),
        },
        {
          path: 'products/new',
          lazy: () => import('./screens/product-form').then((m) => ({ Component: m.ProductFormScreen })),
        },
        {
          path: 'products/import',
          lazy: () => import('./screens/product-import').then((m) => ({ Component: m.ImportScreen })),
        },
        {
          path: 'products/:productId',
          lazy: () => import('./screens/product-form').then((m) => ({ Component: m.ProductFormScreen })),
        },
        { path: 'stock', lazy: () => import('./screens/stock').then((m) => ({ Component: m.StockScreen })) },
        {
          path: 'warehouses',
          lazy: () => import('./screens/warehouses').then((m) => ({ Component: m.WarehousesScreen })),
        },
        {
          path: 'packages',
          lazy: () => import('./screens/packages').then((m) => ({ Component: m.PackagesScreen })),
        },
        {
          path: 'couriers',
          lazy: () => import('./screens/couriers').then((m) => ({ Component: m.CouriersScreen })),
        },
        {
          path: 'orders/:orderId/shipment',
          lazy: () => import('./screens/shipment').then((m) => ({ Component: m.ShipmentScreen })),
        },
        { path: 'money', lazy: () => import('./screens/money').then((m) => ({ Component: m.MoneyScreen })) },
        { path: 'staff', lazy: () => import('./screens/staff').then((m) => ({ Component: m.StaffScreen })) },
        {
          path: 'security',
          lazy: () => import('./screens/security').then((m) => ({ Component: m.SecurityScreen })),
        },
        { path: '*', element: <Navigate to="/" replace /> },
      ],
    },
  ],
  { basename: '/seller' },
);

export function SellerPortalRouter() {
  return <RouterProvider router={router} />;
}
