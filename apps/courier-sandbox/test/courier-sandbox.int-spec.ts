import { createServer, type Server } from 'node:http';
import { PATHAO_INTEGRATION_SECRET, RunningCourierSandbox, startCourierSandbox } from '../src';

interface Received {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Record<string, unknown>;
}

/** A merchant's webhook endpoint that checks each courier's authentication the way ours must. */
async function startMerchant(): Promise<{ url: string; received: Received[]; server: Server }> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://merchant');
      const body = JSON.parse(raw || '{}') as Record<string, unknown>;
      const genuine =
        (url.pathname === '/pathao' && request.headers['x-pathao-signature'] === 'pathao-secret') ||
        (url.pathname === '/steadfast' && request.headers.authorization === 'Bearer steadfast-token') ||
        (url.pathname === '/redx' && url.searchParams.get('token') === 'redx-token');
      if (!genuine) {
        response.writeHead(401).end();
        return;
      }
      received.push({ path: url.pathname, headers: request.headers, body });
      if (url.pathname === '/pathao')
        response.writeHead(202, {
          'X-Pathao-Merchant-Webhook-Integration-Secret': PATHAO_INTEGRATION_SECRET,
        });
      else response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ status: 'success', message: 'Webhook received successfully.' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    received,
    server,
  };
}

const json = async (response: Response) => ({
  status: response.status,
  body: (await response.json()) as any,
});

describe('courier sandbox', () => {
  let sandbox: RunningCourierSandbox;
  let merchant: Awaited<ReturnType<typeof startMerchant>>;

  beforeAll(async () => {
    sandbox = await startCourierSandbox({ port: 0 });
    merchant = await startMerchant();
    await sandbox.control.setWebhook('pathao', { url: `${merchant.url}/pathao`, secret: 'pathao-secret' });
    await sandbox.control.setWebhook('steadfast', {
      url: `${merchant.url}/steadfast`,
      secret: 'steadfast-token',
    });
    await sandbox.control.setWebhook('redx', { url: `${merchant.url}/redx?token=redx-token` });
  });
  afterAll(async () => {
    await sandbox.stop();
    await new Promise((resolve) => merchant.server.close(resolve));
  });
  beforeEach(() => {
    merchant.received.length = 0;
  });

  async function pathaoToken(): Promise<string> {
    const config = await sandbox.control.config();
    const { body } = await json(
      await fetch(`${config.pathao.baseUrl}/aladdin/api/v1/issue-token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          client_id: config.pathao.clientId,
          client_secret: config.pathao.clientSecret,
          grant_type: 'password',
          username: config.pathao.username,
          password: config.pathao.password,
        }),
      }),
    );
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 432000 });
    return body.access_token as string;
  }

  async function pathao(path: string, token: string, body?: unknown) {
    const config = await sandbox.control.config();
    return json(
      await fetch(`${config.pathao.baseUrl}/aladdin/api/v1/${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    );
  }

  async function pathaoOrder(token: string, merchantOrderId: string): Promise<string> {
    const store = await pathao('stores', token, {
      name: 'Rahim Electronics',
      contact_name: 'Rahim Uddin',
      contact_number: '01711000001',
      address: 'House 12, Road 5, Dhanmondi, Dhaka',
      city_id: 1,
      zone_id: 298,
      area_id: 10,
    });
    const created = await pathao('orders', token, {
      store_id: store.body.data.store_id,
      merchant_order_id: merchantOrderId,
      recipient_name: 'Karim Ahmed',
      recipient_phone: '01811000002',
      recipient_address: 'Flat 3B, 22 Gulshan Avenue, Dhaka',
      delivery_type: 48,
      item_type: 2,
      item_quantity: 1,
      item_weight: 1,
      amount_to_collect: 1250,
    });
    expect(created.body.data).toMatchObject({ order_status: 'Pending', delivery_fee: 80 });
    return created.body.data.consignment_id as string;
  }

  it('books a Pathao order and reports each step by webhook with the configured signature', async () => {
    const token = await pathaoToken();
    const id = await pathaoOrder(token, 'GI-1-pkg-1');
    expect(id).toMatch(/^DL\d{6}[A-Z0-9]{6}$/);

    const { deliveries } = await sandbox.control.step('pathao', id, 'out_for_delivery');
    expect(deliveries).toEqual([
      expect.objectContaining({ status: 202, integrationHeader: PATHAO_INTEGRATION_SECRET }),
    ]);
    await sandbox.control.step('pathao', id, 'delivered');
    expect(merchant.received.map((entry) => entry.body)).toEqual([
      expect.objectContaining({ consignment_id: id, event: 'order.assigned-for-delivery' }),
      expect.objectContaining({ consignment_id: id, event: 'order.delivered', collected_amount: 1250 }),
    ]);
    const info = await pathao(`orders/${id}/info`, token);
    expect(info.body.data).toMatchObject({ order_status_slug: 'Delivered', merchant_order_id: 'GI-1-pkg-1' });

    await sandbox.control.step('pathao', id, 'paid', { remittedTaka: 1100, invoiceId: 'INV1' });
    expect(merchant.received.at(-1)?.body).toMatchObject({ event: 'order.paid', invoice_id: 'INV1' });
  });

  it('refuses an order with a short phone number, naming the field, and answers 503 while down', async () => {
    const token = await pathaoToken();
    const refused = await pathao('orders', token, { recipient_phone: '0171' });
    expect(refused.status).toBe(422);
    expect(Object.keys(refused.body.errors)).toEqual(expect.arrayContaining(['recipient_phone', 'store_id']));

    await sandbox.control.setDown('pathao', true);
    expect((await pathao('stores', token)).status).toBe(503);
    await sandbox.control.setDown('pathao', false);
    expect((await pathao('stores', token)).status).toBe(200);
  });

  it('sends duplicate, out-of-order and forged webhooks on request', async () => {
    const token = await pathaoToken();
    const id = await pathaoOrder(token, 'GI-2-pkg-1');
    await sandbox.control.step('pathao', id, 'picked', { duplicate: true });
    await sandbox.control.step('pathao', id, 'in_transit', { hold: true });
    await sandbox.control.step('pathao', id, 'out_for_delivery', { hold: true });
    await sandbox.control.release(true);
    const forged = await sandbox.control.forge('pathao', id, 'delivered');

    expect(merchant.received.map((entry) => entry.body.event)).toEqual([
      'order.picked',
      'order.picked',
      'order.assigned-for-delivery',
      'order.in-transit',
    ]);
    expect(forged.deliveries).toEqual([expect.objectContaining({ forged: true, status: 401 })]);
  });

  it('simulates Steadfast: create, status, bearer-token webhooks and payments', async () => {
    const config = await sandbox.control.config();
    const headers = {
      'Api-Key': config.steadfast.apiKey,
      'Secret-Key': config.steadfast.secretKey,
      'content-type': 'application/json',
    };
    const created = await json(
      await fetch(`${config.steadfast.baseUrl}/create_order`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          invoice: 'GI-3-pkg-1',
          recipient_name: 'Nasrin Akter',
          recipient_phone: '01911000003',
          recipient_address: 'Agrabad, Chattogram',
          cod_amount: 900,
        }),
      }),
    );
    expect(created.body.consignment).toMatchObject({ invoice: 'GI-3-pkg-1', status: 'in_review' });
    const id = String(created.body.consignment.consignment_id);

    await sandbox.control.step('steadfast', id, 'partial_delivery', { collectedTaka: 400 });
    expect(merchant.received.at(-1)).toMatchObject({
      headers: expect.objectContaining({ authorization: 'Bearer steadfast-token' }),
      body: { notification_type: 'delivery_status', status: 'partial_delivered', cod_amount: 400 },
    });
    const status = await json(
      await fetch(`${config.steadfast.baseUrl}/status_by_invoice/GI-3-pkg-1`, { headers }),
    );
    expect(status.body).toEqual({ status: 200, delivery_status: 'partial_delivered' });

    await sandbox.control.step('steadfast', id, 'paid', { remittedTaka: 300 });
    const payments = await json(await fetch(`${config.steadfast.baseUrl}/payments`, { headers }));
    expect(payments.body.data).toEqual([
      expect.objectContaining({
        amount: 300,
        consignments: [expect.objectContaining({ invoice: 'GI-3-pkg-1', cod_amount: 400, paid_amount: 300 })],
      }),
    ]);
    const forged = await sandbox.control.forge('steadfast', id, 'delivered');
    expect(forged.deliveries[0]).toMatchObject({ status: 401 });
  });

  it('simulates RedX: parcel, info, track, and a token in the callback URL', async () => {
    const config = await sandbox.control.config();
    const headers = { 'API-ACCESS-TOKEN': `Bearer ${config.redx.token}`, 'content-type': 'application/json' };
    const created = await json(
      await fetch(`${config.redx.baseUrl}/parcel`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          customer_name: 'Sumi Das',
          customer_phone: '01511000004',
          delivery_area: 'Mirpur',
          delivery_area_id: 2,
          customer_address: 'Mirpur 10, Dhaka',
          cash_collection_amount: '500',
          parcel_weight: 700,
          value: 500,
          merchant_invoice_id: 'GI-4-pkg-1',
        }),
      }),
    );
    const id = created.body.tracking_id as string;
    await sandbox.control.step('redx', id, 'out_for_delivery');
    expect(merchant.received.at(-1)?.body).toMatchObject({
      tracking_number: id,
      status: 'delivery-in-progress',
      message_bn: 'ডেলিভারির জন্য বের হয়েছে',
    });
    const info = await json(await fetch(`${config.redx.baseUrl}/parcel/info/${id}`, { headers }));
    expect(info.body.parcel).toMatchObject({ status: 'delivery-in-progress', charge: 80 });
    const track = await json(await fetch(`${config.redx.baseUrl}/parcel/track/${id}`, { headers }));
    expect(track.body.tracking.map((entry: { message_en: string }) => entry.message_en)).toEqual([
      'Pickup pending',
      'Out for delivery',
    ]);
    const forged = await sandbox.control.forge('redx', id, 'delivered');
    expect(forged.deliveries[0]).toMatchObject({ status: 401 });
    expect((await fetch(`${config.redx.baseUrl}/parcel/info/${id}`)).status).toBe(401);
  });
});
