// The React pieces the seller portal and the admin SPA share (`@getit/ui/react`). The storefront's server bundle
// imports `@getit/ui` only, so none of this reaches it.
export { SessionStore, type SessionClaims, type TokenPairLike } from './session';
export { SessionProvider, useSession, createQueryClient } from './session-provider';
export { ProblemError, unwrap, type FieldProblem } from './problem';
export { IntlApp, useUiLocale, type Messages } from './intl';
export { Money, Count, DateTime, useFormatters } from './format';
export { EmptyState } from './empty-state';
export { AppShell, PageHeader, StatusBadge, type NavItem } from './layout';
export { DataTable, useCursorList, type Column, type CursorList, type CursorPage } from './data-table';
export { Field, ProblemAlert, fieldError, formValues } from './forms';
// The chart (and recharts with it) is `@getit/ui/react/chart`, so only the screens that draw one load it.
