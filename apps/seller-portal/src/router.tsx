import { createBrowserRouter, Navigate, Outlet, RouterProvider } from 'react-router';
import { useTranslations } from 'use-intl';
import { AppShell, useSession, type NavItem } from '@getit/ui/react';
import { ApplyScreen } from './screens/apply';
import { HomeScreen } from './screens/home';
import { ImportScreen } from './screens/product-import';
import { MoneyScreen } from './screens/money';
import { PackagesScreen } from './screens/packages';
import { ProductFormScreen } from './screens/product-form';
import { ProductsScreen } from './screens/products';
import { SecurityScreen } from './screens/security';
import { ShipmentScreen } from './screens/shipment';
import { SignInScreen } from './screens/sign-in';
import { StaffScreen } from './screens/staff';
import { StockScreen } from './screens/stock';
import { WarehousesScreen } from './screens/warehouses';
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

const router = createBrowserRouter(
  [
    { path: '/sign-in', element: <SignInScreen /> },
    {
      path: '/',
      element: <PortalLayout />,
      children: [
        { index: true, element: <HomeScreen /> },
        { path: 'apply', element: <ApplyScreen /> },
        { path: 'products', element: <ProductsScreen /> },
        { path: 'products/new', element: <ProductFormScreen /> },
        { path: 'products/import', element: <ImportScreen /> },
        { path: 'products/:productId', element: <ProductFormScreen /> },
        { path: 'stock', element: <StockScreen /> },
        { path: 'warehouses', element: <WarehousesScreen /> },
        { path: 'packages', element: <PackagesScreen /> },
        { path: 'orders/:orderId/shipment', element: <ShipmentScreen /> },
        { path: 'money', element: <MoneyScreen /> },
        { path: 'staff', element: <StaffScreen /> },
        { path: 'security', element: <SecurityScreen /> },
        { path: '*', element: <Navigate to="/" replace /> },
      ],
    },
  ],
  { basename: '/seller' },
);

export function SellerPortalRouter() {
  return <RouterProvider router={router} />;
}
