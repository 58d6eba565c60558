import { DELIVERY_ZONES, type DeliveryZone } from '@getit/contracts';
import type { RateCard, ZoneRates } from '../domain/rate-card';
import { RateCardZoneRow, ShippingPrismaClient, ShippingTx } from './shipping-prisma';

export interface StoredRateCard extends RateCard {
  updatedAt: Date;
  updatedBy: string | null;
}

/** The marketplace's rate card: read for every quote, replaced whole by an admin. */
export class RateCardRepository {
  constructor(private readonly prisma: ShippingPrismaClient) {}

  async find(marketplace: string): Promise<StoredRateCard | undefined> {
    const row = await this.prisma.rateCard.findUnique({ where: { marketplace }, include: { zones: true } });
    if (!row) return undefined;
    return {
      version: row.version,
      codFeeBasisPoints: row.codFeeBasisPoints,
      zones: toZones(row.zones),
      updatedAt: row.updatedAt,
      updatedBy: row.updatedBy,
    };
  }

  /**
   * Replaces every price in the caller's transaction and bumps the version; the row lock orders concurrent
   * edits. The new version, or undefined when the marketplace has no card.
   */
  async replace(
    tx: ShippingTx,
    marketplace: string,
    card: Omit<RateCard, 'version'>,
    updatedBy: string,
  ): Promise<number | undefined> {
    const updated = await tx.rateCard.updateMany({
      where: { marketplace },
      data: {
        codFeeBasisPoints: card.codFeeBasisPoints,
        version: { increment: 1 },
        updatedBy,
        updatedAt: new Date(),
      },
    });
    if (updated.count === 0) return undefined;
    for (const zone of DELIVERY_ZONES) {
      const rates = toRow(card.zones[zone]);
      await tx.rateCardZone.upsert({
        where: { marketplace_zone: { marketplace, zone } },
        create: { marketplace, zone, ...rates },
        update: rates,
      });
    }
    const { version } = await tx.rateCard.findUniqueOrThrow({ where: { marketplace } });
    return version;
  }
}

function toZones(rows: RateCardZoneRow[]): Record<DeliveryZone, ZoneRates> {
  const zones = {} as Record<DeliveryZone, ZoneRates>;
  for (const zone of DELIVERY_ZONES) {
    const row = rows.find((candidate) => candidate.zone === zone);
    if (!row) throw new Error(`The rate card has no prices for zone ${zone}`);
    zones[zone] = {
      upTo500gPoisha: Number(row.upTo500gPoisha),
      upTo1kgPoisha: Number(row.upTo1kgPoisha),
      upTo2kgPoisha: Number(row.upTo2kgPoisha),
      perExtraKgPoisha: Number(row.perExtraKgPoisha),
    };
  }
  return zones;
}

function toRow(rates: ZoneRates) {
  return {
    upTo500gPoisha: BigInt(rates.upTo500gPoisha),
    upTo1kgPoisha: BigInt(rates.upTo1kgPoisha),
    upTo2kgPoisha: BigInt(rates.upTo2kgPoisha),
    perExtraKgPoisha: BigInt(rates.perExtraKgPoisha),
  };
}
