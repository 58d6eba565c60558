import type { FastifyInstance, FastifyReply } from 'fastify';
import { CourierOutage } from '../shared/courier-outage';
import type { CourierSimulator } from '../shared/courier-simulator';
import type { ParcelStep } from '../shared/courier';
import { DeliveryFee } from '../shared/delivery-fee';
import { FieldCheck } from '../shared/field-check';
import type { Parcel } from '../shared/parcel';
import { ParcelStore } from '../shared/parcel.store';
import { RandomId } from '../shared/random-id';

const PREFIX = '/steadfast/api/v1';

export interface SteadfastCredentials {
  apiKey: string;
  secretKey: string;
}

export const DEFAULT_STEADFAST_CREDENTIALS: SteadfastCredentials = {
  apiKey: 'sandbox-steadfast-api-key',
  secretKey: 'sandbox-steadfast-secret-key',
};

/** Steadfast's delivery_status per step (status calls) and whether the webhook is a final status or a tracking note. */
const STEADFAST_STEPS: Record<ParcelStep | 'created', { status: string; message: string; final?: string }> = {
  created: { status: 'in_review', message: 'Consignment is in review' },
  picked: { status: 'pending', message: 'Parcel picked up from the merchant' },
  at_hub: { status: 'pending', message: 'Parcel reached the sorting hub' },
  in_transit: { status: 'pending', message: 'Parcel is in transit' },
  out_for_delivery: { status: 'pending', message: 'Parcel is out for delivery' },
  delivered: { status: 'delivered', message: 'Parcel delivered', final: 'delivered' },
  partial_delivery: {
    status: 'partial_delivered',
    message: 'Parcel partially delivered',
    final: 'partial_delivered',
  },
  failed_attempt: { status: 'pending', message: 'Delivery attempt failed' },
  on_hold: { status: 'hold', message: 'Parcel on hold' },
  returning: { status: 'cancelled_approval_pending', message: 'Parcel is returning to the merchant' },
  returned: { status: 'cancelled', message: 'Parcel returned to the merchant', final: 'cancelled' },
  paid: { status: 'delivered', message: 'Payment sent' },
};

/** Steadfast (packzy) API: create (single, bulk), status by cid / invoice / tracking code, balance, payments. */
export class SteadfastSimulator implements CourierSimulator {
  constructor(
    readonly credentials: SteadfastCredentials,
    private readonly parcels: ParcelStore,
    private readonly outage: CourierOutage,
  ) {}

  baseUrl(origin: string): string {
    return `${origin}${PREFIX}`;
  }

  clear(): void {
    this.parcels.clear('steadfast');
  }

  /** Steadfast sends final statuses as `delivery_status` and everything else as `tracking_update`; paid has none. */
  webhookFor(parcel: Parcel, step: ParcelStep, now: string): Record<string, unknown> | undefined {
    if (step === 'paid') return undefined;
    const entry = STEADFAST_STEPS[step];
    const reason = parcel.history[parcel.history.length - 1]?.reason;
    const base = { consignment_id: Number(parcel.id), invoice: parcel.merchantRef, updated_at: now };
    if (entry.final)
      return {
        notification_type: 'delivery_status',
        ...base,
        cod_amount: parcel.collectedTaka,
        status: entry.final,
        delivery_charge: parcel.deliveryFeeTaka,
        tracking_message: entry.message,
      };
    return {
      notification_type: 'tracking_update',
      ...base,
      tracking_message: reason ? `${entry.message}: ${reason}` : entry.message,
    };
  }

  async register(app: FastifyInstance): Promise<void> {
    await app.register(
      async (api) => {
        api.addHook('onRequest', async (request, reply) => {
          if (this.outage.isDown('steadfast'))
            return reply.code(503).send({ status: 503, message: 'Service Unavailable' });
          if (
            request.headers['api-key'] !== this.credentials.apiKey ||
            request.headers['secret-key'] !== this.credentials.secretKey
          )
            return reply.code(401).send({ status: 401, message: 'Unauthorized' });
          return undefined;
        });
        api.post('/create_order', async (request, reply) => {
          const { parcel, errors } = this.validate(request.body);
          if (!parcel) return this.invalid(reply, errors);
          this.parcels.add(parcel);
          return {
            status: 200,
            message: 'Consignment has been created successfully.',
            consignment: this.view(parcel),
          };
        });
        api.post('/create_order/bulk-order', async (request, reply) => {
          const data = (request.body as { data?: unknown } | undefined)?.data;
          const items = typeof data === 'string' ? (JSON.parse(data) as unknown) : data;
          if (!Array.isArray(items) || items.length === 0 || items.length > 500)
            return this.invalid(reply, { data: ['data must hold 1 to 500 orders'] });
          return items.map((item) => {
            const { parcel, errors } = this.validate(item);
            if (!parcel)
              return {
                invoice: (item as { invoice?: string })?.invoice ?? null,
                status: 'error',
                error: errors,
              };
            this.parcels.add({ ...parcel, bulk: true });
            return {
              invoice: parcel.merchantRef,
              recipient_name: parcel.recipientName,
              consignment_id: Number(parcel.id),
              tracking_code: parcel.trackingCode,
              status: 'success',
            };
          });
        });
        const status = (parcel: Parcel | undefined, reply: FastifyReply) =>
          parcel
            ? { status: 200, delivery_status: STEADFAST_STEPS[parcel.step].status }
            : reply.code(404).send({ status: 404, message: 'Consignment not found' });
        api.get<{ Params: { id: string } }>('/status_by_cid/:id', async (request, reply) =>
          status(this.parcels.get('steadfast', request.params.id), reply),
        );
        api.get<{ Params: { id: string } }>('/status_by_invoice/:id', async (request, reply) =>
          status(this.parcels.byMerchantRef('steadfast', request.params.id), reply),
        );
        api.get<{ Params: { id: string } }>('/status_by_trackingcode/:id', async (request, reply) =>
          status(
            this.parcels.find('steadfast', (parcel) => parcel.trackingCode === request.params.id),
            reply,
          ),
        );
        api.get('/get_balance', async () => ({
          status: 200,
          current_balance: this.parcels
            .list('steadfast')
            .filter((parcel) => !parcel.invoiceId && ['delivered', 'partial_delivery'].includes(parcel.step))
            .reduce(
              (sum, parcel) => sum + parcel.collectedTaka - parcel.deliveryFeeTaka - parcel.codChargeTaka,
              0,
            ),
        }));
        api.get('/payments', async () => ({ status: 200, data: this.payments() }));
        api.get<{ Params: { id: string } }>('/payments/:id', async (request, reply) => {
          const payment = this.payments().find((entry) => entry.id === Number(request.params.id));
          if (!payment) return reply.code(404).send({ status: 404, message: 'Payment not found' });
          return { status: 200, data: payment };
        });
      },
      { prefix: PREFIX },
    );
  }

  /** Payouts grouped by invoice id, each listing its consignments with what was collected and charged. */
  private payments() {
    const byInvoice = new Map<string, Parcel[]>();
    for (const parcel of this.parcels.list('steadfast'))
      if (parcel.invoiceId)
        byInvoice.set(parcel.invoiceId, [...(byInvoice.get(parcel.invoiceId) ?? []), parcel]);
    return [...byInvoice].map(([invoiceId, parcels]) => ({
      id: Number(invoiceId),
      amount: parcels.reduce((sum, parcel) => sum + (parcel.remittedTaka ?? 0), 0),
      created_at: parcels[0]!.updatedAt,
      consignments: parcels.map((parcel) => ({
        consignment_id: Number(parcel.id),
        invoice: parcel.merchantRef,
        cod_amount: parcel.collectedTaka,
        delivery_charge: parcel.deliveryFeeTaka,
        cod_charge: parcel.codChargeTaka,
        paid_amount: parcel.remittedTaka ?? 0,
      })),
    }));
  }

  private invalid(reply: FastifyReply, errors: Record<string, unknown>) {
    return reply.code(422).send({ status: 422, message: 'Validation failed', errors });
  }

  private view(parcel: Parcel) {
    return {
      consignment_id: Number(parcel.id),
      invoice: parcel.merchantRef,
      tracking_code: parcel.trackingCode,
      recipient_name: parcel.recipientName,
      recipient_phone: parcel.recipientPhone,
      recipient_address: parcel.recipientAddress,
      cod_amount: parcel.codTaka,
      status: 'in_review',
      created_at: parcel.createdAt,
      updated_at: parcel.updatedAt,
    };
  }

  private validate(body: unknown): { parcel?: Parcel; errors: Record<string, string[]> } {
    const check = FieldCheck.of(body);
    const invoice = check.text('invoice', 1, 100);
    const name = check.text('recipient_name', 1, 100);
    const phone = check.phone('recipient_phone');
    const address = check.text('recipient_address', 1, 250);
    const cod = check.number('cod_amount', 0, 1e7);
    const weight = check.number('weight', 0.1, 30, false) || 0.5;
    if (invoice && !/^[A-Za-z0-9_-]+$/.test(invoice))
      check.fail('invoice', 'The invoice may only contain letters, numbers, dashes and underscores.');
    if (invoice && this.parcels.byMerchantRef('steadfast', invoice))
      check.fail('invoice', 'The invoice has already been taken.');
    if (!check.ok) return { errors: check.errors };
    const now = new Date().toISOString();
    const id = RandomId.digits(8);
    return {
      errors: {},
      parcel: {
        courier: 'steadfast',
        id,
        trackingCode: RandomId.upper(8),
        merchantRef: invoice,
        recipientName: name,
        recipientPhone: phone,
        recipientAddress: address,
        codTaka: cod,
        weightKg: weight,
        deliveryFeeTaka: Math.max(80, DeliveryFee.taka(/dhaka/i.test(address), weight)),
        codChargeTaka: 0,
        step: 'created',
        collectedTaka: 0,
        history: [{ step: 'created', at: now }],
        createdAt: now,
        updatedAt: now,
      },
    };
  }
}
