import { join } from 'node:path';
import { SandboxProcess } from '@getit/testing';

/** The built sandbox (apps/payment-sandbox, built first through this project's implicit dependency). */
const SANDBOX_MAIN = join(__dirname, '../../../../dist/apps/payment-sandbox/src/main.js');

export type SandboxProvider = 'bkash' | 'nagad' | 'sslcommerz';
export type ShopperAction = 'success' | 'failure' | 'cancel';

export interface SandboxScenario {
  provider: SandboxProvider;
  outcome:
    | 'succeed'
    | 'fail'
    | 'cancel'
    | 'timeout'
    | 'duplicate_callback'
    | 'forged_callback'
    | 'amount_mismatch'
    | 'down';
  reference?: string;
  count?: number;
  deliveries?: number;
  amount?: string;
  downMode?: 'http_503' | 'connection_reset';
}

export interface Approval {
  provider: SandboxProvider;
  id: string;
  outcome: string;
  callbackUrl: string | null;
  callbackUrls: string[];
  browserForm?: { action: string; fields: Record<string, string> };
  ipn?: { status: number | null; error?: string }[];
}

export interface SandboxKeys {
  nagadPublicKey: string;
  merchantPrivateKey: string;
}

/**
 * The payment sandbox as its own process (cross-app imports are not allowed), and a small client of its
 * /__control API: queue what the next payment does, act as the shopper's browser, read the Nagad keys.
 */
export class PaymentSandbox extends SandboxProcess {
  constructor() {
    super('payment-sandbox', SANDBOX_MAIN);
  }

  /** The payment service's variables for this sandbox (Nagad keys as the sandbox generated them). */
  async paymentEnv(): Promise<Record<string, string>> {
    const { nagad: keys } = await this.control<{ nagad: SandboxKeys }>('GET', '/keys');
    return {
      BKASH_BASE_URL: `${this.url}/v1.2.0-beta`,
      NAGAD_BASE_URL: `${this.url}/remote-payment-gateway-1.0`,
      SSLCOMMERZ_BASE_URL: this.url,
      NAGAD_PUBLIC_KEY: keys.nagadPublicKey,
      NAGAD_MERCHANT_PRIVATE_KEY: keys.merchantPrivateKey,
    };
  }

  scenario(scenario: SandboxScenario): Promise<unknown> {
    return this.control('POST', '/scenario', scenario);
  }

  reset(): Promise<unknown> {
    return this.control('POST', '/reset', {});
  }

  /** Acts as the shopper on the provider's page; returns where the browser is sent (IPNs already delivered). */
  approve(provider: SandboxProvider, id: string, outcome: ShopperAction = 'success'): Promise<Approval> {
    return this.control('POST', '/approve', { provider, id, outcome });
  }
}
