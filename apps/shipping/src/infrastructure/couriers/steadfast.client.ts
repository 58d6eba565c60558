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

// Steadfast quotes no fee at booking: its published minimum is ৳80 (plus 1% COD, charged at remittance).
const STEADFAST_FEE_POISHA = 8000;

interface SteadfastBulkRow {
  invoice: string | null;
  consignment_id?: number;
  status: 'success' | 'error';
  error?: unknown;
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
      { method: 'POST', headers: this.headers(), body: this.order(request) },
    );
    if (status >= 400 || !body.consignment)
      throw new CourierRefusedError('steadfast', status, body.errors ?? body);
    return {
      consignmentId: String(body.consignment.consignment_id),
      deliveryFeePoisha: STEADFAST_FEE_POISHA,
    };
  }

  /** create_order/bulk-order: up to 500 in one call, each answered with its consignment or its errors. */
  async bookMany(requests: BookingRequest[]): Promise<(BookingResult | Error)[]> {
    const { status, body } = await courierCall<SteadfastBulkRow[] | { errors?: unknown }>(
      'steadfast',
      `${this.settings.baseUrl}/create_order/bulk-order`,
      {
        method: 'POST',
        headers: this.headers(),
        body: { data: requests.map((request) => this.order(request)) },
      },
    );
    if (status >= 400 || !Array.isArray(body)) throw new CourierRefusedError('steadfast', status, body);
    const byInvoice = new Map(body.map((row) => [row.invoice, row]));
    return requests.map((request) => {
      const row = byInvoice.get(request.merchantRef);
      if (row?.status === 'success' && row.consignment_id !== undefined)
        return { consignmentId: String(row.consignment_id), deliveryFeePoisha: STEADFAST_FEE_POISHA };
      return new CourierRefusedError('steadfast', 422, row?.error ?? 'not in the bulk answer');
    });
  }

  private headers() {
    return { 'Api-Key': this.settings.apiKey, 'Secret-Key': this.settings.secretKey };
  }

  private order(request: BookingRequest) {
    return {
      invoice: request.merchantRef,
      recipient_name: request.recipientName.slice(0, 100),
      recipient_phone: request.recipientPhone,
      recipient_address: request.recipientAddress.slice(0, 250),
      cod_amount: request.codAmountPoisha / 100,
      note: request.description.slice(0, 200),
      weight: request.weightGrams / 1000,
    };
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
