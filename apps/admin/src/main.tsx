import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { createQueryClient, IntlApp, SessionProvider } from '@getit/ui/react';
import bn from '../messages/bn.json';
import en from '../messages/en.json';
import { adminRouter } from './admin.router';
import { adminSessionStore } from './session/admin-session';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <IntlApp messages={{ bn, en }} storageKey="getit.admin.locale">
      <SessionProvider store={adminSessionStore} queryClient={createQueryClient()}>
        <RouterProvider router={adminRouter} />
      </SessionProvider>
    </IntlApp>
  </StrictMode>,
);
