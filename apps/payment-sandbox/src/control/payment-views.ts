import type { BkashPayment } from '../bkash/bkash-payment';
import type { NagadKeysView } from '../nagad/nagad.keyring';
import type { NagadPayment } from '../nagad/nagad-payment';
import type { SslcommerzTransaction } from '../sslcommerz/sslcommerz-transaction';
import type { MoneyAmount } from '@getit/payment-protocols';
import type { PaymentScenario } from './payment-scenario';

/** A record as it crosses the control API: amounts become decimal strings, scenarios their JSON. */
export type JsonView<T> = T extends MoneyAmount
  ? string
  : T extends PaymentScenario
    ? ReturnType<PaymentScenario['toJSON']>
    : T extends readonly (infer U)[]
      ? JsonView<U>[]
      : T extends object
        ? { [K in keyof T]: JsonView<T[K]> }
        : T;

export type BkashPaymentView = JsonView<BkashPayment>;
export type NagadPaymentView = JsonView<NagadPayment>;
export type SslcommerzTransactionView = JsonView<SslcommerzTransaction>;

/** `GET /__control/payments`: everything the sandbox holds, oldest first. */
export interface SandboxPayments {
  bkash: BkashPaymentView[];
  nagad: NagadPaymentView[];
  sslcommerz: SslcommerzTransactionView[];
}

/** `GET /__control/keys`. */
export interface SandboxKeys {
  nagad: NagadKeysView;
}

/** `GET /__control/config`: base URLs and credentials to configure a merchant (the payment service) with. */
export interface SandboxConfigView {
  publicUrl: string;
  bkash: { baseUrl: string; username: string; password: string; appKey: string; appSecret: string };
  nagad: NagadKeysView & { baseUrl: string; signatureAlgorithm: string };
  sslcommerz: { baseUrl: string; storeId: string; storePassword: string };
}
