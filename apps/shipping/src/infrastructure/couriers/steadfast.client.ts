import {
  BookingRequest,
  BookingResult,
  CourierBookingPort,
  CourierStatusPort,
  CourierStatusReading,
} from './courier-booking.port';
import { courierCall, CourierRefusedError } from './courier-http';

export interface SteadfastSettings {
  baseUrl: string;
  apiKey: string;
  secretKey: string;
}

interface SteadfastCreated {
  status?: number;
  consignment?: { consignment_id: number; tracking_code: string };
  errors?: unknown;
}

/** Steadfast (packzy): create_order with Api-Key / Secret-Key headers; the invoice is our package id. */
export class SteadfastClient implements CourierBookingPort, CourierStatusPort {
  readonly courier = 'steadfast' as const;

  constructor(private readonly settings: SteadfastSettings) {}

  async status(consignmentId: string): Promise<CourierStatusReading> {
    const { status, body } = await courierCall<{ delivery_status?: string }>(
      'steadfast',
      `${this.settings.baseUrl}/status_by_cid/${encodeURIComponent(consignmentId)}`,
      { method: 'GET', headers: { 'Api-Key': this.settings.apiKey, 'Secret-Key': this.settings.secretKey } },
    );
    if (status >= 400 || !body.delivery_status) throw new CourierRefusedError('steadfast', status, body);
    return { courierStatus: body.delivery_status, payload: { consignment_id: consignmentId, ...body } };
  }

  async book(request: BookingRequest): Promise<BookingResult> {
    const { status, body } = await courierCall<SteadfastCreated>(
      'steadfast',
      `${this.settings.baseUrl}/create_order`,
      {
        method: 'POST',
        headers: { 'Api-Key': this.settings.apiKey, 'Secret-Key': this.settings.secretKey },
        body: {
          invoice: request.merchantRef,
          recipient_name: request.recipientName.slice(0, 100),
          recipient_phone: request.recipientPhone,
          recipient_address: request.recipientAddress.slice(0, 250),
          cod_amount: request.codAmountPoisha / 100,
          note: request.description.slice(0, 200),
          weight: request.weightGrams / 1000,
        },
      },
    );
    if (status >= 400 || !body.consignment)
      throw new CourierRefusedError('steadfast', status, body.errors ?? body);
    // Steadfast quotes no fee at booking: its published minimum is ৳80 (plus 1% COD, charged at remittance).
    return { consignmentId: String(body.consignment.consignment_id), deliveryFeePoisha: 8000 };
  }
}

/** One Steadfast payout and the consignments it pays (GET /payments) [C: shape as the sandbox serves it]. */
export interface SteadfastPayment {
  id: number | string;
  amount: number;
  created_at?: string;
  consignments: {
    consignment_id: number | string;
    cod_amount: number;
    delivery_charge: number;
    cod_charge: number;
    paid_amount: number;
  }[];
}

/** Reads Steadfast's payouts. */
export class SteadfastPayments {
  constructor(private readonly settings: SteadfastSettings) {}

  async list(): Promise<SteadfastPayment[]> {
    const { status, body } = await courierCall<{ data?: SteadfastPayment[] }>(
      'steadfast',
      `${this.settings.baseUrl}/payments`,
      { method: 'GET', headers: { 'Api-Key': this.settings.apiKey, 'Secret-Key': this.settings.secretKey } },
    );
    if (status >= 400) throw new CourierRefusedError('steadfast', status, body);
    return body.data ?? [];
  }
}
