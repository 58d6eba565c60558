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

export interface RedxSettings {
  baseUrl: string;
  token: string;
}

interface RedxArea {
  id: number;
  name: string;
}

/** RedX open API: the delivery area by district, then POST /parcel (RedX has no bulk endpoint). */
export class RedxClient implements CourierBookingPort, CourierStatusPort, CourierStorePort {
  readonly courier = 'redx' as const;

  constructor(private readonly settings: RedxSettings) {}

  /** A RedX pickup store for the warehouse: found by its tag, else created in the area of its district. */
  async registerStore(point: PickupAddress): Promise<string> {
    const headers = { 'API-ACCESS-TOKEN': `Bearer ${this.settings.token}` };
    const name = storeName(point, 100);
    const listed = await courierCall<{ pickup_stores?: { id: number; name: string }[] }>(
      'redx',
      `${this.settings.baseUrl}/pickup/stores`,
      { method: 'GET', headers },
    );
    const existing = listed.body.pickup_stores?.find((store) => store.name === name);
    if (existing) return String(existing.id);
    const areas = await courierCall<{ areas?: RedxArea[] }>(
      'redx',
      `${this.settings.baseUrl}/areas?district_name=${encodeURIComponent(point.district)}`,
      { method: 'GET', headers },
    );
    const list = areas.body.areas ?? [];
    const wanted = point.area?.trim().toLowerCase();
    const area = list.find((entry) => entry.name.toLowerCase() === wanted) ?? list[0];
    if (!area) throw new CourierRefusedError('redx', 422, `no RedX area in ${point.district}`);
    const { status, body } = await courierCall<{ id?: number }>(
      'redx',
      `${this.settings.baseUrl}/pickup/store`,
      {
        method: 'POST',
        headers,
        body: { name, phone: point.contactPhone, address: point.address, area_id: area.id },
      },
    );
    if (status >= 400 || !body.id) throw new CourierRefusedError('redx', status, body);
    return String(body.id);
  }

  async status(consignmentId: string): Promise<CourierStatusReading> {
    const { status, body } = await courierCall<{ parcel?: Record<string, unknown> }>(
      'redx',
      `${this.settings.baseUrl}/parcel/info/${encodeURIComponent(consignmentId)}`,
      { method: 'GET', headers: { 'API-ACCESS-TOKEN': `Bearer ${this.settings.token}` } },
    );
    if (status >= 400 || !body.parcel) throw new CourierRefusedError('redx', status, body);
    return { courierStatus: String(body.parcel.status ?? ''), payload: body.parcel };
  }

  async book(request: BookingRequest): Promise<BookingResult> {
    const headers = { 'API-ACCESS-TOKEN': `Bearer ${this.settings.token}` };
    const areas = await courierCall<{ areas?: RedxArea[] }>(
      'redx',
      `${this.settings.baseUrl}/areas?district_name=${encodeURIComponent(request.destinationDistrict)}`,
      { method: 'GET', headers },
    );
    const area = areas.body.areas?.[0];
    if (!area) throw new CourierRefusedError('redx', 422, `no RedX area in ${request.destinationDistrict}`);
    const cod = Math.round(request.codAmountPoisha / 100);
    const { status, body } = await courierCall<{ tracking_id?: string }>(
      'redx',
      `${this.settings.baseUrl}/parcel`,
      {
        method: 'POST',
        headers,
        body: {
          customer_name: request.recipientName,
          customer_phone: request.recipientPhone,
          delivery_area: area.name,
          delivery_area_id: area.id,
          customer_address: request.recipientAddress,
          merchant_invoice_id: request.merchantRef,
          cash_collection_amount: String(cod),
          parcel_weight: request.weightGrams,
          value: cod,
          instruction: request.description,
          ...(request.pickupStoreId ? { pickup_store_id: Number(request.pickupStoreId) } : {}),
        },
      },
    );
    if (status >= 400 || !body.tracking_id) throw new CourierRefusedError('redx', status, body);
    const charge = await courierCall<{ deliveryCharge?: number }>(
      'redx',
      `${this.settings.baseUrl}/charge/charge_calculator?delivery_area_id=${area.id}&cash_collection_amount=${cod}&weight=${request.weightGrams}`,
      { method: 'GET', headers },
    ).catch(() => ({ body: { deliveryCharge: 0 } }));
    return {
      consignmentId: body.tracking_id,
      deliveryFeePoisha: Math.round((charge.body.deliveryCharge ?? 0) * 100),
    };
  }
}
