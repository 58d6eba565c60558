import { createBrowserRouter, Navigate } from 'react-router';
import { AdminFrame } from './components/admin-frame';
import { CodReconciliationScreen } from './screens/cod-reconciliation.screen';
import { LatePackagesScreen } from './screens/late-packages.screen';
import { DashboardScreen } from './screens/dashboard.screen';
import { MfaSetupScreen } from './screens/mfa-setup.screen';
import { OrderScreen } from './screens/order.screen';
import { OrdersScreen } from './screens/orders.screen';
import { ProductsScreen } from './screens/products.screen';
import { RecordsScreen } from './screens/records.screen';
import { RefundsScreen } from './screens/refunds.screen';
import { RulesScreen } from './screens/rules.screen';
import { SignInScreen } from './screens/sign-in.screen';
import { VendorScreen } from './screens/vendor.screen';
import { VendorsScreen } from './screens/vendors.screen';

/** Every admin screen under /admin/; the frame sends people without a session, or without TOTP, away. */
export const adminRouter = createBrowserRouter(
  [
    { path: '/sign-in', element: <SignInScreen /> },
    { path: '/mfa-setup', element: <MfaSetupScreen /> },
    {
      element: <AdminFrame />,
      children: [
        { index: true, element: <DashboardScreen /> },
        { path: 'vendors', element: <VendorsScreen /> },
        { path: 'vendors/:vendorId', element: <VendorScreen /> },
        { path: 'products', element: <ProductsScreen /> },
        { path: 'orders', element: <OrdersScreen /> },
        { path: 'orders/:orderId', element: <OrderScreen /> },
        { path: 'refunds', element: <RefundsScreen /> },
        { path: 'cod-reconciliation', element: <CodReconciliationScreen /> },
        { path: 'late-packages', element: <LatePackagesScreen /> },
        { path: 'rules', element: <RulesScreen /> },
        { path: 'records', element: <RecordsScreen /> },
        { path: '*', element: <Navigate to="/" replace /> },
      ],
    },
  ],
  { basename: '/admin' },
);
