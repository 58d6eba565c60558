import type { CourierName } from '../../domain/shipment/courier-name';

/** What we ask a courier to carry: one package, in the courier-neutral shape. */
export interface BookingRequest {
  /** Our reference at the courier (merchant_order_id / invoice / merchant_invoice_id): the package id. */
  merchantRef: string;
  recipientName: string;
  /** 11 digits, 01XXXXXXXXX. */
  recipientPhone: string;
  recipientAddress: string;
  destinationDistrict: string;
  codAmountPoisha: number;
  weightGrams: number;
  description: string;
}

export interface BookingResult {
  consignmentId: string;
  deliveryFeePoisha: number;
}

/** A courier's failure the booker should retry later (down, timeout), as opposed to a refusal of the request. */
export class CourierUnavailableError extends Error {
  constructor(
    readonly courier: CourierName,
    message: string,
  ) {
    super(message);
  }
}

/** One courier's booking API. */
export interface CourierBookingPort {
  readonly courier: CourierName;
  book(request: BookingRequest): Promise<BookingResult>;
}

/** What a courier's order-info API says about a consignment now (polling, when webhooks do not come). */
export interface CourierStatusReading {
  /** The courier's own status word. */
  courierStatus: string;
  /** The body as the courier answered, stored with the report. */
  payload: Record<string, unknown>;
}

/** One courier's status lookup. */
export interface CourierStatusPort {
  readonly courier: CourierName;
  status(consignmentId: string): Promise<CourierStatusReading>;
}
