import { createBrowserRouter, Navigate } from 'react-router';
import { AdminFrame } from './components/admin-frame';

/**
 * Every admin screen under /admin/, each its own chunk fetched on first visit; the frame sends people without a
 * session, or without TOTP, away.
 */
export const adminRouter = createBrowserRouter(
  [
    {
      path: '/sign-in',
      hydrateFallbackElement: <div aria-busy="true" />,
      lazy: () => import('./screens/sign-in.screen').then((m) => ({ Component: m.SignInScreen })),
    },
    {
      path: '/mfa-setup',
      hydrateFallbackElement: <div aria-busy="true" />,
      lazy: () => import('./screens/mfa-setup.screen').then((m) => ({ Component: m.MfaSetupScreen })),
    },
    {
      element: <AdminFrame />,
      hydrateFallbackElement: <div aria-busy="true" />,
      children: [
        {
          index: true,
          lazy: () => import('./screens/dashboard.screen').then((m) => ({ Component: m.DashboardScreen })),
        },
        {
          path: 'vendors',
          lazy: () => import('./screens/vendors.screen').then((m) => ({ Component: m.VendorsScreen })),
        },
        {
          path: 'vendors/:vendorId',
          lazy: () => import('./screens/vendor.screen').then((m) => ({ Component: m.VendorScreen })),
        },
        {
          path: 'products',
          lazy: () => import('./screens/products.screen').then((m) => ({ Component: m.ProductsScreen })),
        },
        {
          path: 'orders',
          lazy: () => import('./screens/orders.screen').then((m) => ({ Component: m.OrdersScreen })),
        },
        {
          path: 'orders/:orderId',
          lazy: () => import('./screens/order.screen').then((m) => ({ Component: m.OrderScreen })),
        },
        {
          path: 'refunds',
          lazy: () => import('./screens/refunds.screen').then((m) => ({ Component: m.RefundsScreen })),
        },
        {
          path: 'cod-reconciliation',
          lazy: () =>
            import('./screens/cod-reconciliation.screen').then((m) => ({
              Component: m.CodReconciliationScreen,
            })),
        },
        {
          path: 'late-packages',
          lazy: () =>
            import('./screens/late-packages.screen').then((m) => ({ Component: m.LatePackagesScreen })),
        },
        {
          path: 'courier-performance',
          lazy: () =>
            import('./screens/courier-performance.screen').then((m) => ({
              Component: m.CourierPerformanceScreen,
            })),
        },
        {
          path: 'rules',
          lazy: () => import('./screens/rules.screen').then((m) => ({ Component: m.RulesScreen })),
        },
        {
          path: 'records',
          lazy: () => import('./screens/records.screen').then((m) => ({ Component: m.RecordsScreen })),
        },
        { path: '*', element: <Navigate to="/" replace /> },
      ],
    },
  ],
  { basename: '/admin' },
);
