import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient, IntlApp, SessionProvider, SessionStore } from '@getit/ui/react';
import bn from '../messages/bn.json';
import en from '../messages/en.json';
import { SellerPortalRouter } from './router';
import './styles.css';

const store = new SessionStore('getit.seller.refresh');
const queryClient = createQueryClient();
const messages = { en, bn };

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <IntlApp messages={messages} storageKey="getit.seller.locale">
      <SessionProvider store={store} queryClient={queryClient}>
        <SellerPortalRouter />
      </SessionProvider>
    </IntlApp>
  </StrictMode>,
);
