import type { COURIER_NAMES } from '@getit/contracts';

export type CourierName = (typeof COURIER_NAMES)[number];
