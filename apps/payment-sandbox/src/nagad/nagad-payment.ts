import { PaymentScenario } from '../control/payment-scenario';
import { CallbackRecord } from '../shared/callback-record';
import { MoneyAmount } from '@getit/payment-protocols';

/** `status` as verify reports it: OrderInitiated after initialize, Ready after complete. */
export type NagadPaymentStatus = 'OrderInitiated' | 'Ready' | 'Success' | 'Failed' | 'Aborted' | 'Cancelled';

/** One Nagad checkout as the sandbox holds it. */
export interface NagadPayment {
  paymentReferenceId: string;
  merchantId: string;
  orderId: string;
  /** The challenge Nagad returned at initialize; complete must echo it. */
  challenge: string;
  clientType: string;
  initializedAt: number;
  status: NagadPaymentStatus;
  waitingForShopper: boolean;
  requestedAmount?: MoneyAmount;
  /** What Nagad books; differs from requestedAmount under amount_mismatch. */
  recordedAmount?: MoneyAmount;
  merchantCallbackURL?: string;
  additionalMerchantInfo?: unknown;
  completedAt?: number;
  issuerPaymentRefNo?: string;
  issuerPaymentAt?: number;
  cancelIssuerRefNo?: string;
  cancelIssuerAt?: number;
  callbacks: CallbackRecord[];
  scenario: PaymentScenario;
}
