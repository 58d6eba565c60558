import type { DeliveryZone } from '@getit/contracts';

export interface ZoneRates {
  upTo500gPoisha: number;
  upTo1kgPoisha: number;
  upTo2kgPoisha: number;
  perExtraKgPoisha: number;
}

/** The marketplace's delivery prices: a zone × weight-slab table plus a cash-on-delivery percentage. */
export interface RateCard {
  version: number;
  zones: Record<DeliveryZone, ZoneRates>;
  /** 100 = 1% of the amount collected. */
  codFeeBasisPoints: number;
}

/** Pathao's published card (bangladesh-reference §5), the seed of migration 0001. */
export const PATHAO_RATE_CARD: RateCard = {
  version: 1,
  zones: {
    same_city: { upTo500gPoisha: 7_000, upTo1kgPoisha: 8_000, upTo2kgPoisha: 9_000, perExtraKgPoisha: 1_500 },
    suburb: { upTo500gPoisha: 8_000, upTo1kgPoisha: 10_000, upTo2kgPoisha: 12_000, perExtraKgPoisha: 2_500 },
    outside_dhaka: {
      upTo500gPoisha: 12_000,
      upTo1kgPoisha: 14_000,
      upTo2kgPoisha: 16_000,
      perExtraKgPoisha: 2_500,
    },
  },
  codFeeBasisPoints: 100,
};
