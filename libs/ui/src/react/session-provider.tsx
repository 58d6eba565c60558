import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ProblemError } from './problem';
import { SessionStore, type SessionClaims } from './session';

const SessionContext = createContext<SessionStore | undefined>(undefined);

/** TanStack Query as the apps use it: no retry of a refusal (4xx), one retry of anything else. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        retry: (failures, error) => !(error instanceof ProblemError && error.status < 500) && failures < 1,
      },
    },
  });
}

/** The session and the query cache for an app; children render once a stored session was tried. */
export function SessionProvider({
  store,
  queryClient,
  fallback,
  children,
}: {
  store: SessionStore;
  queryClient: QueryClient;
  fallback?: ReactNode;
  children: ReactNode;
}) {
  const [resumed, setResumed] = useState(false);
  useEffect(() => {
    void store.resume().finally(() => setResumed(true));
  }, [store]);
  // a new person or none: nothing cached for the previous one may show
  useEffect(() => store.subscribe(() => queryClient.clear()), [store, queryClient]);
  return (
    <SessionContext.Provider value={store}>
      <QueryClientProvider client={queryClient}>{resumed ? children : fallback}</QueryClientProvider>
    </SessionContext.Provider>
  );
}

/** The session store and the claims of the current access token (re-rendering on sign-in, refresh and sign-out). */
export function useSession(): { store: SessionStore; claims: SessionClaims | undefined } {
  const store = useContext(SessionContext);
  if (!store) throw new Error('useSession outside <SessionProvider>');
  const token = useSyncExternalStore(
    (listener) => store.subscribe(listener),
    () => store.token,
  );
  return { store, claims: token ? store.claims : undefined };
}
