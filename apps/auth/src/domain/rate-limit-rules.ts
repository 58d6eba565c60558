/** A fixed-window limit: at most `limit` hits per `windowMs` for one key. */
export interface RateLimitRule {
  name: string;
  limit: number;
  windowMs: number;
}

const MINUTE = 60_000;

/**
 * Every limit auth applies, in one place. Per-identifier limits stop guessing one account's password or code
 * from many addresses; per-IP limits stop one address spraying many accounts. Login counts attempts, not only
 * failures, and a success clears the identifier's count.
 */
export const RATE_LIMITS = {
  otpRequestPerPhone: { name: 'otp-request-phone', limit: 3, windowMs: 15 * MINUTE },
  otpRequestPerIp: { name: 'otp-request-ip', limit: 20, windowMs: 15 * MINUTE },
  otpVerifyPerPhone: { name: 'otp-verify-phone', limit: 10, windowMs: 15 * MINUTE },
  otpVerifyPerIp: { name: 'otp-verify-ip', limit: 50, windowMs: 15 * MINUTE },
  loginPerIdentifier: { name: 'login-identifier', limit: 10, windowMs: 15 * MINUTE },
  loginPerIp: { name: 'login-ip', limit: 50, windowMs: 15 * MINUTE },
  registerPerIp: { name: 'register-ip', limit: 10, windowMs: 60 * MINUTE },
  refreshPerIp: { name: 'refresh-ip', limit: 120, windowMs: 15 * MINUTE },
  totpConfirmPerUser: { name: 'totp-confirm-user', limit: 10, windowMs: 15 * MINUTE },
} as const satisfies Record<string, RateLimitRule>;
