export const COURIERS = ['pathao', 'steadfast', 'redx'] as const;

/** The couriers the sandbox simulates. */
export type Courier = (typeof COURIERS)[number];

/**
 * What the control API can make happen to a parcel, in the words of a merchant's operations team. Each courier
 * reports them in its own vocabulary (see each courier's `*.events.ts`).
 */
export const PARCEL_STEPS = [
  'picked',
  'at_hub',
  'in_transit',
  'out_for_delivery',
  'delivered',
  'partial_delivery',
  'failed_attempt',
  'on_hold',
  'returning',
  'returned',
  'paid',
] as const;

export type ParcelStep = (typeof PARCEL_STEPS)[number];
