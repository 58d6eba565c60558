import type { Courier, ParcelStep } from './courier';

/** One step a parcel went through, with what the courier said about it. */
export interface ParcelHistoryEntry {
  step: ParcelStep | 'created';
  at: string;
  collectedTaka?: number;
  reason?: string;
}

/** A parcel as the sandbox holds it, courier-neutral; each courier renders it in its own shape. */
export interface Parcel {
  courier: Courier;
  /** Pathao consignment_id, Steadfast consignment_id (as text), RedX tracking_id. */
  id: string;
  /** Steadfast's tracking_code; the id elsewhere. */
  trackingCode: string;
  /** merchant_order_id / invoice / tenant_invoice_id. */
  merchantRef: string;
  storeId?: string;
  /** Created through the courier's bulk endpoint (one call for several parcels). */
  bulk?: boolean;
  recipientName: string;
  recipientPhone: string;
  recipientAddress: string;
  /** What the rider collects, in whole taka (couriers speak taka). */
  codTaka: number;
  weightKg: number;
  deliveryFeeTaka: number;
  codChargeTaka: number;
  step: ParcelStep | 'created';
  collectedTaka: number;
  history: ParcelHistoryEntry[];
  createdAt: string;
  updatedAt: string;
  /** Set when the courier remitted the parcel's cash (paid). */
  invoiceId?: string;
  remittedTaka?: number;
}
