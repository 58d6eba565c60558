import { PaymentScenario } from '../control/payment-scenario';
import { CallbackRecord } from '../shared/callback-record';
import { DeliveryReport } from '../shared/callback-sender';
import { MoneyAmount } from '@getit/payment-protocols';

/** A session's status as validation and the query API report it. */
export type SslcommerzStatus = 'UNATTEMPTED' | 'VALID' | 'VALIDATED' | 'FAILED' | 'CANCELLED';

export interface SslcommerzRefund {
  refundRefId: string;
  amount: MoneyAmount;
  remarks: string;
  refeId?: string;
  initiatedAt: number;
}

/** One SSLCommerz session (tran_id) as the sandbox holds it. */
export interface SslcommerzTransaction {
  sessionkey: string;
  tranId: string;
  requestedAmount: MoneyAmount;
  /** What SSLCommerz books and validates; differs from requestedAmount under amount_mismatch. */
  recordedAmount: MoneyAmount;
  currency: string;
  successUrl: string;
  failUrl: string;
  cancelUrl: string;
  ipnUrl?: string;
  /** value_a … value_d, echoed back in the IPN and validation. */
  values: Record<'value_a' | 'value_b' | 'value_c' | 'value_d', string>;
  productName: string;
  createdAt: number;
  status: SslcommerzStatus;
  waitingForShopper: boolean;
  valId?: string;
  bankTranId?: string;
  tranDate?: number;
  validatedAt?: number;
  error?: string;
  refunds: SslcommerzRefund[];
  callbacks: CallbackRecord[];
  ipnDeliveries: DeliveryReport[];
  scenario: PaymentScenario;
}
