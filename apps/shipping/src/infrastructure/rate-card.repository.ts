import { DELIVERY_ZONES, type DeliveryZone } from '@getit/contracts';
import type { RateCard, ZoneRates } from '../domain/rate-card';
import { RateCardZoneRow, ShippingPrismaClient, ShippingTx } from './shipping-prisma';

export interface StoredRateCard extends RateCard {
  updatedAt: Date;
  updatedBy: string | null;
}

type ZonePrices = Pick<
  RateCardZoneRow,
  'zone' | 'upTo500gPoisha' | 'upTo1kgPoisha' | 'upTo2kgPoisha' | 'perExtraKgPoisha'
>;

/** A row of `find`'s join: the card's columns, and one zone's prices (none when the card has no zones). */
type CardZoneRow = Pick<StoredRateCard, 'version' | 'codFeeBasisPoints' | 'updatedAt' | 'updatedBy'> &
  (ZonePrices | { [K in keyof ZonePrices]: null });

/** The marketplace's rate card: read for every quote, replaced whole by an admin. */
export class RateCardRepository {
  constructor(
    private readonly prisma: ShippingPrismaClient,
    /** Qualifies a table name with the service's schema (the embedded mode shares one session: no search_path). */
    private readonly table: (name: string) => string = (name) => name,
  ) {}

  /** The card with its zones' prices, in one statement (a card and its zones as of one moment). */
  async find(marketplace: string): Promise<StoredRateCard | undefined> {
    const rows = await this.prisma.$queryRawUnsafe<CardZoneRow[]>(
      `SELECT c.version, c.cod_fee_basis_points AS "codFeeBasisPoints", c.updated_at AS "updatedAt",
              c.updated_by AS "updatedBy", z.zone, z.up_to_500g_poisha AS "upTo500gPoisha",
              z.up_to_1kg_poisha AS "upTo1kgPoisha", z.up_to_2kg_poisha AS "upTo2kgPoisha",
              z.per_extra_kg_poisha AS "perExtraKgPoisha"
         FROM ${this.table('rate_cards')} c
         LEFT JOIN ${this.table('rate_card_zones')} z ON z.marketplace = c.marketplace
        WHERE c.marketplace = $1`,
      marketplace,
    );
    const [row] = rows;
    if (!row) return undefined;
    return {
      version: row.version,
      codFeeBasisPoints: row.codFeeBasisPoints,
      zones: toZones(rows.filter((zone): zone is CardZoneRow & ZonePrices => zone.zone !== null)),
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

function toZones(rows: ZonePrices[]): Record<DeliveryZone, ZoneRates> {
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
