import { randomUUID } from 'node:crypto';
import * as OTPAuth from 'otpauth';

/** The embedded demo's super-admin (apps/auth/src/application/demo-accounts.ts: published on purpose). */
export const DEMO_ADMIN = {
  email: 'admin@demo.getit.com.bd',
  password: 'demo-Admin-pass-2026',
  totpSecret: 'GETITDEMOADMINTOTPSECRETKEY23456',
};
export const DEMO_VENDOR = {
  id: 'b7b0a2f4-54a8-4d11-8d4f-0b6a7c1d9e22',
  phone: '01711000001',
  password: 'demo-Tangail-owner-2026',
};

const totp = new OTPAuth.TOTP({ secret: DEMO_ADMIN.totpSecret });
let lastStep = -1;

/**
 * A TOTP code auth has not seen yet: auth takes each 30-second step once per account (and the step either side),
 * so a second sign-in within the same step uses the next step's code, and a third waits for the clock.
 */
export async function freshTotp(): Promise<string> {
  for (;;) {
    const now = Math.floor(Date.now() / 30_000);
    const step = Math.max(now, lastStep + 1);
    if (step <= now + 1) {
      lastStep = step;
      return totp.generate({ timestamp: step * 30_000 });
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

/** The gateway's API as the set-up of a browser test calls it: JSON in, JSON out, failures thrown with the body. */
export class MarketplaceApi {
  constructor(
    readonly origin: string,
    private readonly smsSink: (phone: string) => Promise<string>,
  ) {}

  async call<T = any>(
    method: string,
    path: string,
    options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<T> {
    const response = await fetch(`${this.origin}${path}`, {
      method,
      headers: {
        accept: 'application/json',
        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  async adminToken(): Promise<string> {
    const pair = await this.call('POST', '/api/auth/login', {
      body: { identifier: DEMO_ADMIN.email, password: DEMO_ADMIN.password, totp: await freshTotp() },
    });
    return pair.accessToken;
  }

  async vendorToken(): Promise<string> {
    const pair = await this.call('POST', '/api/auth/login', {
      body: { identifier: DEMO_VENDOR.phone, password: DEMO_VENDOR.password },
    });
    return pair.accessToken;
  }

  /** A new seller signs up by SMS code and applies; their application waits in the admins' queue. */
  async applyToSell(shopName: string, phone: string): Promise<{ vendorId: string; slug: string }> {
    await this.call('POST', '/api/auth/otp/request', { body: { phone } });
    const login = await this.call('POST', '/api/auth/otp/verify', {
      body: { phone, code: await this.smsSink(phone) },
    });
    const slug = `${shopName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${randomUUID().slice(0, 6)}`;
    const vendor = await this.call('POST', '/api/vendors/applications', {
      token: login.accessToken,
      body: {
        shopName,
        slug,
        businessAddress: {
          line1: 'Zindabazar Point, 2nd floor',
          division: 'Sylhet',
          district: 'Sylhet',
          postcode: '3100',
        },
        tradeLicenceNumber: 'SCC-2026-4471',
        ownerNid: '1990123456789',
        payout: { method: 'bkash', walletNumber: phone },
        documents: [
          { kind: 'trade-licence', url: 'https://docs.example.com.bd/sylhet-tea/licence.pdf' },
          { kind: 'nid-front', url: 'https://docs.example.com.bd/sylhet-tea/nid-front.jpg' },
        ],
      },
    });
    return { vendorId: vendor.id, slug };
  }

  /** The demo Tangail vendor submits a new saree; it waits in the moderation queue. */
  async submitProduct(title: string): Promise<string> {
    const token = await this.vendorToken();
    const sku = `ADM-${randomUUID().slice(0, 8)}`;
    const product = await this.call('POST', `/api/vendors/${DEMO_VENDOR.id}/products`, {
      token,
      body: {
        title: { en: title, bn: 'হাফ সিল্ক জামদানি শাড়ি' },
        description: { en: 'Hand-woven in Tangail.' },
        categorySlug: 'sarees',
        attributes: { saree_type: 'Jamdani', fabric: 'Half Silk' },
        variants: [
          { sku: `${sku}-R`, options: { colour: 'Red' }, price: { amountPoisha: 450_000 }, weightGrams: 600 },
          {
            sku: `${sku}-B`,
            options: { colour: 'Blue' },
            price: { amountPoisha: 470_000 },
            weightGrams: 600,
          },
        ],
        submitForReview: true,
      },
    });
    return product.id;
  }
}
