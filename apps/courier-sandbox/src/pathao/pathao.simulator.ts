import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CourierOutage } from '../shared/courier-outage';
import type { CourierSimulator } from '../shared/courier-simulator';
import type { ParcelStep } from '../shared/courier';
import { DeliveryFee } from '../shared/delivery-fee';
import { FieldCheck } from '../shared/field-check';
import type { Parcel } from '../shared/parcel';
import { ParcelStore } from '../shared/parcel.store';
import { RandomId } from '../shared/random-id';
import { PathaoCredentials } from './pathao-credentials';
import { PATHAO_AREAS, PATHAO_CITIES, PATHAO_ZONES } from './pathao-locations';
import { PATHAO_STEPS } from './pathao.events';

const PREFIX = '/pathao/aladdin/api/v1';

interface PathaoStore {
  store_id: number;
  store_name: string;
  store_address: string;
  contact_name: string;
  contact_number: string;
  city_id: number;
  zone_id: number;
  area_id: number;
  hub_id: number;
  is_active: number;
  is_default_store: boolean;
}

/** Pathao's aladdin merchant API: tokens, locations, stores, price plan, orders (single and bulk), order info. */
export class PathaoSimulator implements CourierSimulator {
  private readonly tokens = new Set<string>();
  private readonly refreshTokens = new Set<string>();
  private readonly stores: PathaoStore[] = [];

  constructor(
    readonly credentials: PathaoCredentials,
    private readonly parcels: ParcelStore,
    private readonly outage: CourierOutage,
  ) {}

  baseUrl(origin: string): string {
    return `${origin}/pathao`;
  }

  clear(): void {
    this.tokens.clear();
    this.refreshTokens.clear();
    this.stores.length = 0;
    this.parcels.clear('pathao');
  }

  webhookFor(parcel: Parcel, step: ParcelStep, now: string): Record<string, unknown> {
    const entry = parcel.history[parcel.history.length - 1];
    return {
      consignment_id: parcel.id,
      merchant_order_id: parcel.merchantRef,
      store_id: Number(parcel.storeId),
      event: PATHAO_STEPS[step].event,
      updated_at: now,
      timestamp: now,
      ...(step === 'delivered' || step === 'partial_delivery'
        ? { collected_amount: parcel.collectedTaka }
        : {}),
      ...(entry?.reason ? { reason: entry.reason } : {}),
      // Pathao documents invoice_id on `paid`; the amounts per consignment are our assumption [U] (its invoice has them).
      ...(step === 'paid'
        ? {
            invoice_id: parcel.invoiceId,
            collected_amount: parcel.collectedTaka,
            delivery_fee: parcel.deliveryFeeTaka,
            cod_fee: parcel.codChargeTaka,
            remitted_amount: parcel.remittedTaka,
          }
        : {}),
    };
  }

  async register(app: FastifyInstance): Promise<void> {
    app.post(`${PREFIX}/issue-token`, (request, reply) => this.issueToken(request, reply));
    await app.register(
      async (api) => {
        api.addHook('onRequest', async (request, reply) => {
          if (this.outage.isDown('pathao')) return this.down(reply);
          const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
          if (!token || !this.tokens.has(token))
            return reply.code(401).send({ message: 'Unauthenticated.', type: 'error', code: 401 });
          return undefined;
        });
        api.get('/city-list', async () => this.ok('City successfully fetched.', { data: PATHAO_CITIES }));
        api.get<{ Params: { id: string } }>('/cities/:id/zone-list', async (request) =>
          this.ok('Zone list fetched.', { data: PATHAO_ZONES[Number(request.params.id)] ?? [] }),
        );
        api.get<{ Params: { id: string } }>('/zones/:id/area-list', async (request) =>
          this.ok('Area list fetched.', {
            data: (PATHAO_AREAS[Number(request.params.id)] ?? []).map((area) => ({
              ...area,
              home_delivery_available: true,
              pickup_available: true,
            })),
          }),
        );
        api.post('/stores', (request, reply) => this.createStore(request, reply));
        api.get('/stores', async () =>
          this.ok('Store list fetched.', {
            data: this.stores,
            total: this.stores.length,
            current_page: 1,
            per_page: 100,
          }),
        );
        api.post('/merchant/price-plan', (request, reply) => this.pricePlan(request, reply));
        api.post('/orders', (request, reply) => this.createOrder(request, reply));
        api.post('/orders/bulk', (request, reply) => this.bulk(request, reply));
        api.get<{ Params: { id: string } }>('/orders/:id/info', async (request, reply) => {
          const parcel = this.parcels.get('pathao', request.params.id);
          if (!parcel) return reply.code(404).send({ message: 'Order not found', type: 'error', code: 404 });
          const step = PATHAO_STEPS[parcel.step];
          return this.ok('Order info', {
            consignment_id: parcel.id,
            merchant_order_id: parcel.merchantRef,
            order_status: step.status,
            order_status_slug: step.slug,
            updated_at: parcel.updatedAt,
            invoice_id: parcel.invoiceId ?? null,
            collected_amount: parcel.collectedTaka,
          });
        });
      },
      { prefix: PREFIX },
    );
  }

  private ok(message: string, data: unknown, code = 200) {
    return { message, type: 'success', code, data };
  }

  private down(reply: FastifyReply) {
    return reply.code(503).send({ message: 'Service Unavailable', type: 'error', code: 503 });
  }

  private invalid(reply: FastifyReply, errors: Record<string, string[]>) {
    return reply.code(422).send({ message: 'Please fix the given errors', type: 'error', code: 422, errors });
  }

  private issueToken(request: FastifyRequest, reply: FastifyReply) {
    if (this.outage.isDown('pathao')) return this.down(reply);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const clientOk =
      body.client_id === this.credentials.clientId && body.client_secret === this.credentials.clientSecret;
    const grantOk =
      body.grant_type === 'password'
        ? body.username === this.credentials.username && body.password === this.credentials.password
        : body.grant_type === 'refresh_token' &&
          typeof body.refresh_token === 'string' &&
          this.refreshTokens.has(body.refresh_token);
    if (!clientOk || !grantOk)
      return reply.code(401).send({ message: 'Invalid credentials', type: 'error', code: 401 });
    const access = RandomId.token(32);
    const refresh = RandomId.token(32);
    this.tokens.add(access);
    this.refreshTokens.add(refresh);
    return reply.send({
      token_type: 'Bearer',
      expires_in: 432000,
      access_token: access,
      refresh_token: refresh,
    });
  }

  private createStore(request: FastifyRequest, reply: FastifyReply) {
    const check = FieldCheck.of(request.body);
    const name = check.text('name', 3, 50);
    const contactName = check.text('contact_name', 3, 50);
    const contactNumber = check.phone('contact_number');
    const address = check.text('address', 15, 120);
    const cityId = check.number('city_id', 1, 1e9);
    const zoneId = check.number('zone_id', 1, 1e9);
    const areaId = check.number('area_id', 1, 1e9);
    if (!check.ok) return this.invalid(reply, check.errors);
    const store: PathaoStore = {
      store_id: 10_000 + this.stores.length + 1,
      store_name: name,
      store_address: address,
      contact_name: contactName,
      contact_number: contactNumber,
      city_id: cityId,
      zone_id: zoneId,
      area_id: areaId,
      hub_id: 100 + cityId,
      is_active: 1,
      is_default_store: this.stores.length === 0,
    };
    this.stores.push(store);
    return reply.send(this.ok('Store created successfully, Please wait one hour for approval.', store));
  }

  private pricePlan(request: FastifyRequest, reply: FastifyReply) {
    const check = FieldCheck.of(request.body);
    check.number('store_id', 1, 1e9);
    const weight = check.number('item_weight', 0.5, 10);
    const city = check.number('recipient_city', 1, 1e9);
    if (!check.ok) return this.invalid(reply, check.errors);
    const price = DeliveryFee.taka(city === 1, weight);
    return reply.send(
      this.ok('price', {
        price,
        discount: 0,
        promo_discount: 0,
        plan_id: 69,
        cod_enabled: 1,
        cod_percentage: 0.01,
        additional_charge: 0,
        final_price: price,
      }),
    );
  }

  private validateOrder(body: unknown): { parcel?: Parcel; errors: Record<string, string[]> } {
    const check = FieldCheck.of(body);
    const storeId = check.number('store_id', 1, 1e9);
    const merchantOrderId = check.text('merchant_order_id', 1, 100, false);
    const name = check.text('recipient_name', 3, 100);
    const phone = check.phone('recipient_phone');
    const address = check.text('recipient_address', 10, 220);
    check.number('delivery_type', 12, 48);
    check.number('item_type', 1, 2);
    check.number('item_quantity', 1, 1000);
    const weight = check.number('item_weight', 0.5, 10);
    const cod = check.number('amount_to_collect', 0, 1e7);
    const city = check.number('recipient_city', 1, 1e9, false);
    if (!Number.isInteger(cod)) check.fail('amount_to_collect', 'The amount_to_collect must be an integer.');
    if (storeId && !this.stores.some((store) => store.store_id === storeId))
      check.fail('store_id', 'The selected store id is invalid.');
    if (merchantOrderId && this.parcels.byMerchantRef('pathao', merchantOrderId))
      check.fail('merchant_order_id', 'The merchant order id has already been taken.');
    if (!check.ok) return { errors: check.errors };
    const now = new Date().toISOString();
    const deliveryFee = DeliveryFee.taka(city === 0 || city === 1, weight);
    const id = `DL${now.slice(8, 10)}${now.slice(5, 7)}${now.slice(2, 4)}${RandomId.upper(6)}`;
    return {
      errors: {},
      parcel: {
        courier: 'pathao',
        id,
        trackingCode: id,
        merchantRef: merchantOrderId || id,
        storeId: String(storeId),
        recipientName: name,
        recipientPhone: phone,
        recipientAddress: address,
        codTaka: cod,
        weightKg: weight,
        deliveryFeeTaka: deliveryFee,
        codChargeTaka: 0,
        step: 'created',
        collectedTaka: 0,
        history: [{ step: 'created', at: now }],
        createdAt: now,
        updatedAt: now,
      },
    };
  }

  private createOrder(request: FastifyRequest, reply: FastifyReply) {
    const { parcel, errors } = this.validateOrder(request.body);
    if (!parcel) return this.invalid(reply, errors);
    this.parcels.add(parcel);
    return reply.send(
      this.ok('Order Created Successfully', {
        consignment_id: parcel.id,
        merchant_order_id: parcel.merchantRef,
        order_status: 'Pending',
        delivery_fee: parcel.deliveryFeeTaka,
      }),
    );
  }

  private bulk(request: FastifyRequest, reply: FastifyReply) {
    const orders = (request.body as { orders?: unknown } | undefined)?.orders;
    if (!Array.isArray(orders) || orders.length === 0)
      return this.invalid(reply, { orders: ['The orders field is required.'] });
    for (const order of orders) {
      const { parcel } = this.validateOrder(order);
      if (parcel) this.parcels.add({ ...parcel, bulk: true });
    }
    return reply.code(202).send({
      message:
        'Your bulk order creation request is accepted, please wait some time to complete order creation.',
      type: 'success',
      code: 202,
      data: true,
    });
  }
}
