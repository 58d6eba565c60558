/** The admin roles an access token can carry. */
export type AdminRole = 'admin:super-admin' | 'admin:operations' | 'admin:finance' | 'admin:support';

export type AdminScreen =
  | 'dashboard'
  | 'vendors'
  | 'vendorDecisions'
  | 'products'
  | 'orders'
  | 'refunds'
  | 'refundCompletion'
  | 'commissionRules'
  | 'rateCard'
  | 'courierPerformance'
  | 'ledger'
  | 'audit';

const ALL: AdminRole[] = ['admin:super-admin', 'admin:operations', 'admin:finance', 'admin:support'];

/**
 * Which admin roles each screen (or action on it) needs: the gateway's route table for the API it calls, copied
 * here only to hide what the API would refuse. The API decides; a screen never grants more than it.
 */
export const SCREEN_ROLES: Readonly<Record<AdminScreen, readonly AdminRole[]>> = {
  dashboard: ALL,
  vendors: ALL,
  vendorDecisions: ['admin:super-admin', 'admin:operations'],
  products: ['admin:super-admin', 'admin:operations'],
  orders: ALL,
  refunds: ['admin:super-admin', 'admin:finance', 'admin:support'],
  refundCompletion: ['admin:super-admin', 'admin:finance'],
  commissionRules: ['admin:super-admin', 'admin:finance'],
  rateCard: ['admin:super-admin', 'admin:operations'],
  courierPerformance: ['admin:super-admin', 'admin:operations'],
  ledger: ['admin:super-admin', 'admin:finance'],
  audit: ALL,
};

export function mayUse(roles: readonly string[], screen: AdminScreen): boolean {
  return SCREEN_ROLES[screen].some((role) => roles.includes(role));
}

export function isAdmin(roles: readonly string[]): boolean {
  return roles.some((role) => (ALL as string[]).includes(role));
}
