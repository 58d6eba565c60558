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
  /** The courier's store id of the vendor's pickup point; unset, the marketplace's hub. */
  pickupStoreId?: string;
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
  /**
   * Several packages in one call, where the courier answers each with its consignment at once (Steadfast's
   * bulk-order); each result in the order asked, or the error that refused that one.
   */
  bookMany?(requests: BookingRequest[]): Promise<(BookingResult | Error)[]>;
}

/** A vendor warehouse as the courier's pickup store. */
export interface PickupAddress {
  warehouseId: string;
  name: string;
  /** 11 digits, 01XXXXXXXXX. */
  contactPhone: string;
  address: string;
  area?: string | null;
  district: string;
}

/** Couriers that collect from registered stores (Pathao stores, RedX pickup stores; Steadfast has none). */
export interface CourierStorePort {
  readonly courier: CourierName;
  /**
   * The courier's store id for this warehouse: one already registered under its tag (so a retry after a lost answer
   * does not make a second), else a new one.
   */
  registerStore(point: PickupAddress): Promise<string>;
}

/** The store name at the courier: the warehouse's name with a tag of its id, by which we find it again. */
export function storeName(point: PickupAddress, maxLength: number): string {
  const tag = ` #${point.warehouseId.slice(0, 8)}`;
  return `${point.name.slice(0, maxLength - tag.length).trim()}${tag}`;
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
