import { PaymentMethod } from '../intent/payment-intent';
import { formatTaka } from '@getit/contracts';

/** Why a payment request is refused before any provider is asked; also the `reason` label of the failure metric. */
export type PaymentRefusalCode = 'method_disabled' | 'cod_limit_exceeded';

export interface AcceptanceRules {
  /** The methods this deployment takes (PAYMENT_METHODS_ENABLED). */
  enabledMethods: readonly PaymentMethod[];
  /** The largest order total accepted as cash on delivery (COD_MAX_ORDER_POISHA). */
  codMaxOrderPoisha: number;
}

export type AcceptanceDecision =
  { accept: true } | { accept: false; code: PaymentRefusalCode; reason: string };

const METHOD_NAMES: Record<PaymentMethod, string> = {
  cod: 'Cash on delivery',
  bkash: 'bKash',
  nagad: 'Nagad',
  sslcommerz: 'Card payment (SSLCommerz)',
};

/**
 * Whether a payment may be attempted at all. The reason is shown to the shopper (through the order service), so
 * it says what to do: choose another method, or pay online for a large cash-on-delivery order.
 */
export function decidePaymentAcceptance(
  request: { method: PaymentMethod; amountPoisha: number },
  rules: AcceptanceRules,
): AcceptanceDecision {
  if (!rules.enabledMethods.includes(request.method)) {
    return {
      accept: false,
      code: 'method_disabled',
      reason: `${METHOD_NAMES[request.method]} is not available at the moment; choose another payment method.`,
    };
  }
  if (request.method === 'cod' && request.amountPoisha > rules.codMaxOrderPoisha) {
    return {
      accept: false,
      code: 'cod_limit_exceeded',
      reason:
        `Cash on delivery is available for orders up to ${formatTaka(rules.codMaxOrderPoisha)}; ` +
        `this order is ${formatTaka(request.amountPoisha)}. Pay online or split the order.`,
    };
  }
  return { accept: true };
}
