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
