import { Kafka, logLevel } from 'kafkajs';
import { createEnvelope, EventPayload } from '@getit/contracts';
import { infraEnv, waitFor } from '@getit/testing';
import { DEMO_VENDOR_ID, getJson, MarketplaceFixture, postJson } from './marketplace.fixture';

type VendorDecision =
  | 'auth.vendor-approved.v1'
  | 'auth.vendor-suspended.v1'
  | 'auth.vendor-reinstated.v1'
  | 'auth.vendor-rejected.v1';

const ADMIN_ID = '2d4e6f80-1a3b-4c5d-8e9f-0a1b2c3d4e5f';

/**
 * The catalog as its users reach it through the gateway (vendor and admin tokens from the fixture's issuer), and
 * auth's vendor decisions published straight to Kafka, as the auth service will.
 */
export class CatalogActions {
  constructor(private readonly market: MarketplaceFixture) {}

  api(path: string): string {
    return `${this.market.gateway.url}/api${path}`;
  }

  vendor(vendorId = DEMO_VENDOR_ID): Record<string, string> {
    return this.market.vendorHeaders(vendorId);
  }

  /** An operations admin who signed in with a second factor: moderation needs it. */
  admin(mfa = true): Record<string, string> {
    const token = this.market.issuer.token({
      roles: ['admin:operations'],
      amr: mfa ? ['pwd', 'mfa'] : ['pwd'],
    });
    return { authorization: `Bearer ${token}` };
  }

  /** Publishes auth's decision about a vendor to Kafka, as the auth service does. */
  async decide(type: VendorDecision, vendorId: string, shop: { name: string; slug: string }): Promise<void> {
    const data = {
      vendorId,
      shopName: shop.name,
      slug: shop.slug,
      decidedBy: ADMIN_ID,
      version: Date.now(),
      district: 'Tangail',
      payoutMethod: 'bkash',
      reason: 'Counterfeit listings reported',
    } as unknown as EventPayload<VendorDecision>;
    const envelope = createEnvelope(type, data as never, {
      producer: 'auth',
      correlationId: 'e2e',
      key: vendorId,
    });
    const kafka = new Kafka({
      clientId: 'e2e-auth',
      brokers: infraEnv().kafkaBrokers,
      logLevel: logLevel.NOTHING,
    });
    const producer = kafka.producer();
    await producer.connect();
    try {
      await producer.send({
        topic: `${this.market.topicPrefix}auth.vendors`,
        messages: [{ key: vendorId, value: JSON.stringify(envelope) }],
      });
    } finally {
      await producer.disconnect();
    }
  }

  /** Approves the vendor in "auth" and waits until the catalog opened its shop. */
  async openShop(vendorId = DEMO_VENDOR_ID, shop = { name: 'Tangail Tant Ghar', slug: 'tangail-tant-ghar' }) {
    await this.decide('auth.vendor-approved.v1', vendorId, shop);
    await waitFor(
      `shop ${shop.slug} to open`,
      async () => (await getJson(this.api(`/shops/${shop.slug}`))).status === 200,
      {
        timeoutMs: 30_000,
        intervalMs: 100,
      },
    );
  }

  /** Creates a product as the vendor, straight into review, and has an admin approve it. */
  async publish(product: Record<string, unknown>, vendorId = DEMO_VENDOR_ID): Promise<any> {
    const created = await postJson(
      this.api(`/vendors/${vendorId}/products`),
      { ...product, submitForReview: true },
      this.vendor(vendorId),
    );
    if (created.status !== 201)
      throw new Error(`creating failed: ${created.status} ${JSON.stringify(created.body)}`);
    const approved = await postJson(this.api(`/admin/products/${created.body.id}/approve`), {}, this.admin());
    if (approved.status !== 200)
      throw new Error(`approving failed: ${approved.status} ${JSON.stringify(approved.body)}`);
    return approved.body;
  }
}
