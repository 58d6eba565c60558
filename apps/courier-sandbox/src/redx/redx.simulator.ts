import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CourierOutage } from '../shared/courier-outage';
import type { CourierSimulator } from '../shared/courier-simulator';
import type { ParcelStep } from '../shared/courier';
import { DeliveryFee } from '../shared/delivery-fee';
import { FieldCheck } from '../shared/field-check';
import type { Parcel } from '../shared/parcel';
import { ParcelStore } from '../shared/parcel.store';
import { RandomId } from '../shared/random-id';

const PREFIX = '/redx/v1.0.0-beta';

export const DEFAULT_REDX_TOKEN = 'sandbox-redx-api-access-token';

const AREAS = [
  { id: 1, name: 'Gulshan', post_code: 1212, division_name: 'Dhaka', district_name: 'Dhaka', zone_id: 1 },
  { id: 2, name: 'Mirpur', post_code: 1216, division_name: 'Dhaka', district_name: 'Dhaka', zone_id: 1 },
  {
    id: 3,
    name: 'Agrabad',
    post_code: 4100,
    division_name: 'Chattogram',
    district_name: 'Chattogram',
    zone_id: 2,
  },
];

/**
 * RedX's status and messages per step. `partial-delivered` is not in RedX's published list [U]; the rest are.
 */
const REDX_STEPS: Record<ParcelStep | 'created', { status: string; en: string; bn: string }> = {
  created: { status: 'pickup-pending', en: 'Pickup pending', bn: 'পিকআপের অপেক্ষায়' },
  picked: { status: 'ready-for-delivery', en: 'Package picked up', bn: 'পার্সেল সংগ্রহ করা হয়েছে' },
  at_hub: { status: 'ready-for-delivery', en: 'Package at the hub', bn: 'পার্সেল হাবে আছে' },
  in_transit: { status: 'agent-area-change', en: 'Package in transit', bn: 'পার্সেল পথে আছে' },
  out_for_delivery: { status: 'delivery-in-progress', en: 'Out for delivery', bn: 'ডেলিভারির জন্য বের হয়েছে' },
  delivered: { status: 'delivered', en: 'Package delivered', bn: 'পার্সেল ডেলিভারি হয়েছে' },
  partial_delivery: {
    status: 'partial-delivered',
    en: 'Package partially delivered',
    bn: 'আংশিক ডেলিভারি হয়েছে',
  },
  failed_attempt: { status: 'agent-hold', en: 'Delivery attempt failed', bn: 'ডেলিভারির চেষ্টা ব্যর্থ' },
  on_hold: { status: 'agent-hold', en: 'Package on hold', bn: 'পার্সেল স্থগিত' },
  returning: { status: 'agent-returning', en: 'Returning to the merchant', bn: 'মার্চেন্টের কাছে ফেরত যাচ্ছে' },
  returned: { status: 'returned', en: 'Returned to the merchant', bn: 'মার্চেন্টের কাছে ফেরত দেওয়া হয়েছে' },
  paid: { status: 'delivered', en: 'Payment sent', bn: 'পেমেন্ট পাঠানো হয়েছে' },
};

/** RedX open API: parcels, tracking, info, cancel, areas, pickup stores, charge calculator. */
export class RedxSimulator implements CourierSimulator {
  private readonly stores: { id: number; name: string; phone: string; address: string; area_id: number }[] =
    [];

  constructor(
    readonly token: string,
    private readonly parcels: ParcelStore,
    private readonly outage: CourierOutage,
  ) {}

  baseUrl(origin: string): string {
    return `${origin}${PREFIX}`;
  }

  clear(): void {
    this.stores.length = 0;
    this.parcels.clear('redx');
  }

  webhookFor(parcel: Parcel, step: ParcelStep, now: string): Record<string, unknown> | undefined {
    if (step === 'paid') return undefined;
    const entry = REDX_STEPS[step];
    return {
      tracking_number: parcel.id,
      timestamp: now,
      status: entry.status,
      message_en: entry.en,
      message_bn: entry.bn,
      invoice_number: parcel.merchantRef,
      ...(step === 'delivered' || step === 'partial_delivery'
        ? { cash_collection_amount: parcel.collectedTaka }
        : {}),
    };
  }

  async register(app: FastifyInstance): Promise<void> {
    await app.register(
      async (api) => {
        api.addHook('onRequest', async (request, reply) => {
          if (this.outage.isDown('redx')) return reply.code(503).send({ message: 'Service Unavailable' });
          if (request.headers['api-access-token'] !== `Bearer ${this.token}`)
            return reply.code(401).send({ message: 'Unauthorized' });
          return undefined;
        });
        api.get<{ Querystring: { post_code?: string; district_name?: string } }>(
          '/areas',
          async (request) => ({
            areas: AREAS.filter(
              (area) =>
                (!request.query.post_code || String(area.post_code) === request.query.post_code) &&
                (!request.query.district_name ||
                  area.district_name.toLowerCase() === request.query.district_name.toLowerCase()),
            ),
          }),
        );
        api.post('/pickup/store', (request, reply) => this.createStore(request, reply));
        api.get('/pickup/stores', async () => ({ pickup_stores: this.stores }));
        api.get<{
          Querystring: { delivery_area_id?: string; cash_collection_amount?: string; weight?: string };
        }>('/charge/charge_calculator', async (request) => {
          const area = AREAS.find((entry) => String(entry.id) === request.query.delivery_area_id);
          const weightKg = Number(request.query.weight ?? 500) / 1000;
          return {
            deliveryCharge: DeliveryFee.taka(area?.district_name === 'Dhaka', weightKg),
            codCharge: DeliveryFee.codChargeTaka(Number(request.query.cash_collection_amount ?? 0)),
          };
        });
        api.post('/parcel', (request, reply) => this.createParcel(request, reply));
        api.get<{ Params: { id: string } }>('/parcel/info/:id', async (request, reply) => {
          const parcel = this.parcels.get('redx', request.params.id);
          if (!parcel) return reply.code(404).send({ message: 'Parcel not found' });
          return {
            parcel: {
              tracking_id: parcel.id,
              customer_name: parcel.recipientName,
              customer_phone: parcel.recipientPhone,
              customer_address: parcel.recipientAddress,
              cash_collection_amount: String(parcel.codTaka),
              parcel_weight: Math.round(parcel.weightKg * 1000),
              merchant_invoice_id: parcel.merchantRef,
              status: REDX_STEPS[parcel.step].status,
              charge: parcel.deliveryFeeTaka,
              created_at: parcel.createdAt,
            },
          };
        });
        api.get<{ Params: { id: string } }>('/parcel/track/:id', async (request, reply) => {
          const parcel = this.parcels.get('redx', request.params.id);
          if (!parcel) return reply.code(404).send({ message: 'Parcel not found' });
          return {
            tracking: parcel.history.map((entry) => ({
              message_en: REDX_STEPS[entry.step].en,
              message_bn: REDX_STEPS[entry.step].bn,
              time: entry.at,
            })),
          };
        });
      },
      { prefix: PREFIX },
    );
  }

  private createStore(request: FastifyRequest, reply: FastifyReply) {
    const check = FieldCheck.of(request.body);
    const name = check.text('name', 1, 100);
    const phone = check.phone('phone');
    const address = check.text('address', 1, 250);
    const areaId = check.number('area_id', 1, 1e9);
    if (!check.ok) return reply.code(400).send({ message: 'Validation failed', errors: check.errors });
    const store = { id: 500 + this.stores.length + 1, name, phone, address, area_id: areaId };
    this.stores.push(store);
    return reply.send(store);
  }

  private createParcel(request: FastifyRequest, reply: FastifyReply) {
    const check = FieldCheck.of(request.body);
    const name = check.text('customer_name', 1, 100);
    const phone = check.phone('customer_phone');
    check.text('delivery_area', 1, 100);
    const areaId = check.number('delivery_area_id', 1, 1e9);
    const address = check.text('customer_address', 1, 250);
    const cod = check.number('cash_collection_amount', 0, 1e7);
    const grams = check.number('parcel_weight', 1, 30_000);
    const invoice =
      check.text('merchant_invoice_id', 1, 100, false) || check.text('tenant_invoice_id', 1, 100, false);
    if (invoice && this.parcels.byMerchantRef('redx', invoice))
      check.fail('merchant_invoice_id', 'Duplicate invoice id');
    const pickupStoreId = check.number('pickup_store_id', 1, 1e9, false);
    if (pickupStoreId && !this.stores.some((store) => store.id === pickupStoreId))
      check.fail('pickup_store_id', 'Invalid pickup store');
    if (!check.ok) return reply.code(400).send({ message: 'Validation failed', errors: check.errors });
    const area = AREAS.find((entry) => entry.id === areaId);
    const now = new Date().toISOString();
    const id = `${now.slice(2, 4)}A${now.slice(5, 7)}${now.slice(8, 10)}${RandomId.upper(5)}`;
    this.parcels.add({
      courier: 'redx',
      id,
      trackingCode: id,
      merchantRef: invoice || id,
      ...(pickupStoreId ? { storeId: String(pickupStoreId) } : {}),
      recipientName: name,
      recipientPhone: phone,
      recipientAddress: address,
      codTaka: cod,
      weightKg: grams / 1000,
      deliveryFeeTaka: DeliveryFee.taka(area?.district_name === 'Dhaka', grams / 1000),
      codChargeTaka: 0,
      step: 'created',
      collectedTaka: 0,
      history: [{ step: 'created', at: now }],
      createdAt: now,
      updatedAt: now,
    });
    return reply.send({ tracking_id: id });
  }
}
