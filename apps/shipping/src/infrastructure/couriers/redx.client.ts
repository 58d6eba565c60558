import {
  BookingRequest,
  BookingResult,
  CourierBookingPort,
  CourierStatusPort,
  CourierStatusReading,
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

/** RedX open API: the delivery area by district, then POST /parcel. */
export class RedxClient implements CourierBookingPort, CourierStatusPort {
  readonly courier = 'redx' as const;

  constructor(private readonly settings: RedxSettings) {}

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
