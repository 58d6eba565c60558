import {
  BookingRequest,
  BookingResult,
  CourierBookingPort,
  CourierStatusPort,
  CourierStatusReading,
  CourierStorePort,
  PickupAddress,
  storeName,
} from './courier-booking.port';
import { courierCall, CourierRefusedError } from './courier-http';

export interface PathaoSettings {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  username: string;
  password: string;
  /** The pickup store; unset, the client registers one store for the marketplace on first use. */
  storeId?: number;
}

interface PathaoEnvelope<T> {
  message?: string;
  code?: number;
  data: T;
  errors?: unknown;
}

interface PathaoStoreRow {
  store_id: number;
  store_name: string;
}

/**
 * Pathao's aladdin merchant API: a token (re-issued when refused), the store, then create order. Its bulk endpoint
 * answers 202 with no consignment ids (and nothing looks an order up by our reference), so bulk booking calls
 * create order once per package.
 */
export class PathaoClient implements CourierBookingPort, CourierStatusPort, CourierStorePort {
  readonly courier = 'pathao' as const;
  private token?: string;
  private storeId?: number;

  constructor(private readonly settings: PathaoSettings) {
    this.storeId = settings.storeId;
  }

  async book(request: BookingRequest): Promise<BookingResult> {
    const storeId = request.pickupStoreId ? Number(request.pickupStoreId) : await this.store();
    const { status, body } = await this.call<
      PathaoEnvelope<{ consignment_id: string; delivery_fee: number }>
    >('POST', 'orders', {
      store_id: storeId,
      merchant_order_id: request.merchantRef,
      recipient_name: request.recipientName,
      recipient_phone: request.recipientPhone,
      recipient_address: request.recipientAddress,
      delivery_type: 48,
      item_type: 2,
      item_quantity: 1,
      item_weight: Math.min(10, Math.max(0.5, request.weightGrams / 1000)),
      amount_to_collect: Math.round(request.codAmountPoisha / 100),
      item_description: request.description,
    });
    if (status >= 400 || !body.data?.consignment_id)
      throw new CourierRefusedError('pathao', status, body.errors ?? body);
    return {
      consignmentId: body.data.consignment_id,
      deliveryFeePoisha: Math.round(Number(body.data.delivery_fee ?? 0) * 100),
    };
  }

  async status(consignmentId: string): Promise<CourierStatusReading> {
    const { status, body } = await this.call<PathaoEnvelope<Record<string, unknown>>>(
      'GET',
      `orders/${encodeURIComponent(consignmentId)}/info`,
    );
    if (status >= 400 || !body.data) throw new CourierRefusedError('pathao', status, body);
    return { courierStatus: String(body.data.order_status_slug ?? ''), payload: body.data };
  }

  /** A Pathao store for the warehouse: found by its tag among the merchant's stores, else created in its city. */
  async registerStore(point: PickupAddress): Promise<string> {
    const name = storeName(point, 50);
    const listed = await this.call<PathaoEnvelope<{ data: PathaoStoreRow[] }>>('GET', 'stores');
    const existing = listed.body.data?.data?.find((store) => store.store_name === name);
    if (existing) return String(existing.store_id);
    const location = await this.locate(point);
    const created = await this.call<PathaoEnvelope<{ store_id: number }>>('POST', 'stores', {
      name,
      contact_name: point.name.slice(0, 50),
      contact_number: point.contactPhone,
      address: point.address,
      ...location,
    });
    if (created.status >= 400 || !created.body.data?.store_id)
      throw new CourierRefusedError('pathao', created.status, created.body.errors ?? created.body);
    return String(created.body.data.store_id);
  }

  /** Pathao's city by the district's name, the zone and area named like the warehouse's area (else the first). */
  private async locate(point: PickupAddress): Promise<{ city_id: number; zone_id: number; area_id: number }> {
    const same = (a: string, b?: string | null) => !!b && a.trim().toLowerCase() === b.trim().toLowerCase();
    const cities = await this.call<PathaoEnvelope<{ data: { city_id: number; city_name: string }[] }>>(
      'GET',
      'city-list',
    );
    const city = cities.body.data?.data?.find((entry) => same(entry.city_name, point.district));
    if (!city) throw new CourierRefusedError('pathao', 422, `Pathao has no city ${point.district}`);
    const zones = await this.call<PathaoEnvelope<{ data: { zone_id: number; zone_name: string }[] }>>(
      'GET',
      `cities/${city.city_id}/zone-list`,
    );
    const zoneList = zones.body.data?.data ?? [];
    const zone = zoneList.find((entry) => same(entry.zone_name, point.area)) ?? zoneList[0];
    if (!zone) throw new CourierRefusedError('pathao', 422, `Pathao has no zone in ${point.district}`);
    const areas = await this.call<PathaoEnvelope<{ data: { area_id: number; area_name: string }[] }>>(
      'GET',
      `zones/${zone.zone_id}/area-list`,
    );
    const areaList = areas.body.data?.data ?? [];
    const area = areaList.find((entry) => same(entry.area_name, point.area)) ?? areaList[0];
    if (!area) throw new CourierRefusedError('pathao', 422, `Pathao has no area in ${zone.zone_name}`);
    return { city_id: city.city_id, zone_id: zone.zone_id, area_id: area.area_id };
  }

  private async store(): Promise<number> {
    if (this.storeId) return this.storeId;
    const listed = await this.call<PathaoEnvelope<{ data: { store_id: number }[] }>>('GET', 'stores');
    const existing = listed.body.data?.data?.[0]?.store_id;
    if (existing) return (this.storeId = existing);
    const created = await this.call<PathaoEnvelope<{ store_id: number }>>('POST', 'stores', {
      name: 'GetIt Marketplace',
      contact_name: 'GetIt Operations',
      contact_number: '01700000000',
      address: 'GetIt Fulfilment Hub, Tejgaon, Dhaka',
      city_id: 1,
      zone_id: 298,
      area_id: 10,
    });
    if (created.status >= 400) throw new CourierRefusedError('pathao', created.status, created.body);
    return (this.storeId = created.body.data.store_id);
  }

  private async call<T>(
    method: string,
    path: string,
    body?: unknown,
    retried = false,
  ): Promise<{ status: number; body: T }> {
    const token = this.token ?? (await this.issueToken());
    const result = await courierCall<T>('pathao', `${this.settings.baseUrl}/aladdin/api/v1/${path}`, {
      method,
      headers: { authorization: `Bearer ${token}` },
      body,
    });
    if (result.status === 401 && !retried) {
      this.token = undefined;
      return this.call(method, path, body, true);
    }
    return result;
  }

  private async issueToken(): Promise<string> {
    const { status, body } = await courierCall<{ access_token?: string }>(
      'pathao',
      `${this.settings.baseUrl}/aladdin/api/v1/issue-token`,
      {
        method: 'POST',
        body: {
          client_id: this.settings.clientId,
          client_secret: this.settings.clientSecret,
          grant_type: 'password',
          username: this.settings.username,
          password: this.settings.password,
        },
      },
    );
    if (!body.access_token) throw new CourierRefusedError('pathao', status, 'token refused');
    this.token = body.access_token;
    return body.access_token;
  }
}
