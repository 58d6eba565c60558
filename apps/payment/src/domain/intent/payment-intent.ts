import { isPositivePoisha, ORDER_PAYMENT_METHODS } from '@getit/contracts';
import { DomainException, ValidationException } from '@getit/errors';
import { CURRENCY, Currency } from '../money/currency';
import { IllegalPaymentTransitionException } from './illegal-payment-transition.exception';
import { RefundExceedsCaptureException } from './refund-exceeds-capture.exception';

export const PAYMENT_STATUSES = [
  'requires_action',
  'authorized',
  'captured',
  'partially_refunded',
  'refunded',
  'cancelled',
  'failed',
  'expired',
] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];
/** The contract's methods (`orderPaymentMethod`): `cod` is cash on delivery, `sslcommerz` takes cards. */
export const PAYMENT_METHODS = ORDER_PAYMENT_METHODS;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export interface Refund {
  refundId: string;
  amountPoisha: number;
}

export interface PaymentIntent {
  id: string;
  orderId: string;
  method: PaymentMethod;
  currency: Currency;
  amountPoisha: number;
  status: PaymentStatus;
  capturedPoisha: number;
  refunds: readonly Refund[];
  failureReason: string | null;
}

export type PaymentCommand =
  | { type: 'authorize' }
  | { type: 'fail'; reason: string }
  | { type: 'expire' }
  | { type: 'cancel' }
  | { type: 'capture'; amountPoisha: number }
  | { type: 'refund'; refundId: string; amountPoisha: number };

export type PaymentTransition =
  { ok: true; intent: PaymentIntent; changed: boolean } | { ok: false; error: DomainException };

export function createPaymentIntent(input: {
  id: string;
  orderId: string;
  method: PaymentMethod;
  amountPoisha: number;
}): PaymentIntent {
  if (!isPositivePoisha(input.amountPoisha))
    throw new ValidationException('A payment needs a positive amount.', [
      { field: 'amountPoisha', reason: 'must be a whole number of poisha, at least 1' },
    ]);
  return {
    ...input,
    currency: CURRENCY,
    status: 'requires_action',
    capturedPoisha: 0,
    refunds: [],
    failureReason: null,
  };
}

export function refundedPoisha(intent: PaymentIntent): number {
  return intent.refunds.reduce((sum, r) => sum + r.amountPoisha, 0);
}

/**
 * requires_action → authorized | failed | expired | cancelled
 * authorized → captured | cancelled | expired (the provider's hold lapsed)
 * captured | partially_refunded → partially_refunded | refunded (refunded once the refunds add up to the capture)
 * A capture may be smaller than the authorized amount (the rest is released) but never larger; refunds never add
 * up to more than was captured. Repeats (same status, same refund id) are answered with changed: false.
 */
export function transitionPayment(intent: PaymentIntent, command: PaymentCommand): PaymentTransition {
  const { status } = intent;
  const illegal = (why?: string): PaymentTransition => ({
    ok: false,
    error: new IllegalPaymentTransitionException(status, command.type, why),
  });
  const moveTo = (to: PaymentStatus, patch: Partial<PaymentIntent> = {}): PaymentTransition =>
    status === to && Object.keys(patch).length === 0
      ? { ok: true, intent, changed: false }
      : { ok: true, intent: { ...intent, ...patch, status: to }, changed: true };

  switch (command.type) {
    case 'authorize':
      return status === 'requires_action' || status === 'authorized' ? moveTo('authorized') : illegal();
    case 'fail':
      if (status === 'failed') return moveTo('failed');
      if (status !== 'requires_action') return illegal();
      return moveTo('failed', { failureReason: command.reason.trim() || 'unknown' });
    case 'expire':
      return ['requires_action', 'authorized', 'expired'].includes(status) ? moveTo('expired') : illegal();
    case 'cancel':
      return ['requires_action', 'authorized', 'cancelled'].includes(status)
        ? moveTo('cancelled')
        : illegal();
    case 'capture':
      return capture(intent, command.amountPoisha, illegal);
    case 'refund':
      return refund(intent, command.refundId, command.amountPoisha, illegal);
  }
}

function capture(
  intent: PaymentIntent,
  amountPoisha: number,
  illegal: (why?: string) => PaymentTransition,
): PaymentTransition {
  if (!isPositivePoisha(amountPoisha)) return { ok: false, error: amountProblem('capture') };
  if (intent.status === 'captured' && intent.capturedPoisha === amountPoisha)
    return { ok: true, intent, changed: false };
  if (intent.status !== 'authorized') return illegal();
  if (amountPoisha > intent.amountPoisha)
    return illegal(`the capture of ${amountPoisha} poisha is above the ${intent.amountPoisha} authorized`);
  return { ok: true, intent: { ...intent, status: 'captured', capturedPoisha: amountPoisha }, changed: true };
}

function refund(
  intent: PaymentIntent,
  refundId: string,
  amountPoisha: number,
  illegal: (why?: string) => PaymentTransition,
): PaymentTransition {
  if (!isPositivePoisha(amountPoisha)) return { ok: false, error: amountProblem('refund') };
  const earlier = intent.refunds.find((r) => r.refundId === refundId);
  if (earlier) {
    return earlier.amountPoisha === amountPoisha
      ? { ok: true, intent, changed: false }
      : illegal(`refund ${refundId} was already made for ${earlier.amountPoisha} poisha`);
  }
  if (intent.status !== 'captured' && intent.status !== 'partially_refunded') return illegal();
  const refundable = intent.capturedPoisha - refundedPoisha(intent);
  if (amountPoisha > refundable)
    return { ok: false, error: new RefundExceedsCaptureException(amountPoisha, refundable) };
  const status: PaymentStatus = amountPoisha === refundable ? 'refunded' : 'partially_refunded';
  return {
    ok: true,
    intent: { ...intent, status, refunds: [...intent.refunds, { refundId, amountPoisha }] },
    changed: true,
  };
}

function amountProblem(action: string): ValidationException {
  return new ValidationException(`A ${action} needs a positive amount.`, [
    { field: 'amountPoisha', reason: 'must be a whole number of poisha, at least 1' },
  ]);
}
