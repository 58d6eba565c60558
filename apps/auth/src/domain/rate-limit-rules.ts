import { RateLimitRule } from '@getit/rate-limit';

export type { RateLimitRule };

const MINUTE = 60_000;

/**
 * Every limit auth applies, in one place.
 *
 * Accounts are protected per identifier: per phone, per email and per account, however many addresses the tries
 * come from. Login counts attempts, not only failures, and a success clears the identifier's and the account's
 * count. The per-address limits only stop one address from spraying very many accounts, and are high on purpose:
 * Bangladesh's mobile operators put thousands of subscribers behind one public address (carrier-grade NAT), so an
 * address is not a person (docs/adr/0014-rate-limits-behind-carrier-nat.md). They are configurable (`AddressLimits`).
 */
export const RATE_LIMITS = {
  otpRequestPerPhone: { name: 'otp-request-phone', limit: 3, windowMs: 15 * MINUTE },
  otpRequestPerIp: { name: 'otp-request-ip', limit: 300, windowMs: 15 * MINUTE },
  otpVerifyPerPhone: { name: 'otp-verify-phone', limit: 10, windowMs: 15 * MINUTE },
  otpVerifyPerIp: { name: 'otp-verify-ip', limit: 1_000, windowMs: 15 * MINUTE },
  loginPerIdentifier: { name: 'login-identifier', limit: 10, windowMs: 15 * MINUTE },
  /** The same account through its phone and its email together. */
  loginPerAccount: { name: 'login-account', limit: 10, windowMs: 15 * MINUTE },
  loginPerIp: { name: 'login-ip', limit: 1_000, windowMs: 15 * MINUTE },
  registerPerIp: { name: 'register-ip', limit: 300, windowMs: 60 * MINUTE },
  refreshPerIp: { name: 'refresh-ip', limit: 3_000, windowMs: 15 * MINUTE },
  totpConfirmPerUser: { name: 'totp-confirm-user', limit: 10, windowMs: 15 * MINUTE },
} as const satisfies Record<string, RateLimitRule>;

/** The per-address limits an operator may change (0 turns one off); the per-identifier ones are fixed. */
export interface AddressLimits {
  otpRequestPerIp: number;
  otpVerifyPerIp: number;
  loginPerIp: number;
  registerPerIp: number;
  refreshPerIp: number;
}

/** Rule name → the limit configured for it, for the rules `AddressLimits` covers. */
export function addressLimitOverrides(limits: Partial<AddressLimits>): Map<string, number> {
  const overrides = new Map<string, number>();
  for (const [rule, limit] of Object.entries(limits))
    if (limit !== undefined) overrides.set(RATE_LIMITS[rule as keyof AddressLimits].name, limit);
  return overrides;
}
