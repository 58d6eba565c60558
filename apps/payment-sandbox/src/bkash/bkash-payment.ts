import { PaymentScenario } from '../control/payment-scenario';
import { CallbackRecord } from '../shared/callback-record';
import { MoneyAmount } from '@getit/payment-protocols';

/** `transactionStatus` as payment/status reports it. */
export type BkashTransactionStatus = 'Initiated' | 'Completed' | 'Failed' | 'Cancelled';

/** What the shopper did on the bKash page: `approved` is needed before execute succeeds. */
export type BkashShopperState = 'pending' | 'approved' | 'failed' | 'cancelled' | 'walked_away';

export interface BkashRefund {
  refundTrxID: string;
  amount: MoneyAmount;
  sku: string;
  reason: string;
  completedAt: number;
}

/** One tokenized-checkout payment as the sandbox holds it. */
export interface BkashPayment {
  paymentID: string;
  mode: string;
  payerReference: string;
  callbackURL: string;
  requestedAmount: MoneyAmount;
  /** What bKash books and reports after execute; differs from requestedAmount under amount_mismatch. */
  recordedAmount: MoneyAmount;
  currency: string;
  intent: string;
  merchantInvoiceNumber: string;
  createdAt: number;
  transactionStatus: BkashTransactionStatus;
  shopper: BkashShopperState;
  trxID?: string;
  executedAt?: number;
  customerMsisdn?: string;
  /** The signature put on the genuine callback; a forged callback carries a different one. */
  callbackSignature?: string;
  callbacks: CallbackRecord[];
  refunds: BkashRefund[];
  scenario: PaymentScenario;
}
