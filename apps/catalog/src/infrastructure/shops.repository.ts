import type { SqlClient } from '@getit/database';
import type { ShopStatus } from '@getit/contracts';
import { CatalogTables } from './catalog-tables';

export interface ShopRecord {
  vendorId: string;
  slug: string;
  name: string;
  logoUrl: string | null;
  descriptionEn: string | null;
  descriptionBn: string | null;
  district: string;
  status: ShopStatus;
  ratingAverage: number | null;
  ratingCount: number;
  decisionVersion: number;
  approvedAt: Date | null;
  createdAt: Date;
}

const COLUMNS = `vendor_id::text AS vendor_id, slug, name, logo_url, description_en, description_bn, district, status,
  rating_average, rating_count, decision_version::text AS decision_version, approved_at, created_at`;

type Row = Record<string, unknown>;
const date = (value: unknown) => (value instanceof Date ? value : new Date(String(value)));

function toShop(row: Row): ShopRecord {
  return {
    vendorId: String(row['vendor_id']),
    slug: String(row['slug']),
    name: String(row['name']),
    logoUrl: (row['logo_url'] as string | null) ?? null,
    descriptionEn: (row['description_en'] as string | null) ?? null,
    descriptionBn: (row['description_bn'] as string | null) ?? null,
    district: String(row['district']),
    status: row['status'] as ShopStatus,
    ratingAverage: row['rating_average'] === null ? null : Number(row['rating_average']),
    ratingCount: Number(row['rating_count']),
    decisionVersion: Number(row['decision_version']),
    approvedAt: row['approved_at'] ? date(row['approved_at']) : null,
    createdAt: date(row['created_at']),
  };
}

/** Shops: one per approved vendor, keyed by the vendor's id. */
export class ShopsRepository {
  constructor(
    private readonly db: SqlClient,
    private readonly t: CatalogTables,
  ) {}

  async find(vendorId: string, tx: SqlClient = this.db): Promise<ShopRecord | undefined> {
    const rows = await tx.$queryRawUnsafe<Row[]>(
      `SELECT ${COLUMNS} FROM ${this.t.shops} WHERE vendor_id = $1::uuid`,
      vendorId,
    );
    return rows[0] ? toShop(rows[0]) : undefined;
  }

  /** The shop row locked against concurrent status changes: product approvals and suspensions serialise here. */
  async lock(tx: SqlClient, vendorId: string, mode: 'share' | 'update'): Promise<ShopRecord | undefined> {
    const rows = await tx.$queryRawUnsafe<Row[]>(
      `SELECT ${COLUMNS} FROM ${this.t.shops} WHERE vendor_id = $1::uuid FOR ${mode === 'share' ? 'SHARE' : 'UPDATE'}`,
      vendorId,
    );
    return rows[0] ? toShop(rows[0]) : undefined;
  }

  async findActiveBySlug(slug: string): Promise<ShopRecord | undefined> {
    const rows = await this.db.$queryRawUnsafe<Row[]>(
      `SELECT ${COLUMNS} FROM ${this.t.shops} WHERE slug = $1 AND status = 'active'`,
      slug,
    );
    return rows[0] ? toShop(rows[0]) : undefined;
  }

  async listActive(filter: {
    district?: string;
    after?: { key: string; id: string };
    limit: number;
  }): Promise<ShopRecord[]> {
    const values: unknown[] = [];
    const where = [`status = 'active'`];
    if (filter.district) {
      values.push(filter.district);
      where.push(`lower(district) = lower($${values.length})`);
    }
    if (filter.after) {
      values.push(filter.after.key, filter.after.id);
      where.push(`(created_at, vendor_id) < ($${values.length - 1}::timestamptz, $${values.length}::uuid)`);
    }
    values.push(filter.limit);
    const rows = await this.db.$queryRawUnsafe<Row[]>(
      `SELECT ${COLUMNS} FROM ${this.t.shops} WHERE ${where.join(' AND ')}
        ORDER BY created_at DESC, vendor_id DESC LIMIT $${values.length}`,
      ...values,
    );
    return rows.map(toShop);
  }

  async slugTaken(tx: SqlClient, slug: string, exceptVendorId: string): Promise<boolean> {
    const rows = await tx.$queryRawUnsafe<unknown[]>(
      `SELECT 1 FROM ${this.t.shops} WHERE slug = $1 AND vendor_id <> $2::uuid`,
      slug,
      exceptVendorId,
    );
    return rows.length > 0;
  }

  async insert(
    tx: SqlClient,
    shop: Pick<ShopRecord, 'vendorId' | 'slug' | 'name' | 'district' | 'status' | 'decisionVersion'>,
  ): Promise<void> {
    await tx.$executeRawUnsafe(
      `INSERT INTO ${this.t.shops} (vendor_id, slug, name, district, status, decision_version, approved_at)
       VALUES ($1::uuid, $2, $3, $4, $5, $6::bigint, CASE WHEN $5 = 'active' THEN now() END)`,
      shop.vendorId,
      shop.slug,
      shop.name,
      shop.district,
      shop.status,
      shop.decisionVersion,
    );
  }

  /** A decision from auth: status, and on approval the name and district it approved. */
  async applyDecision(
    tx: SqlClient,
    vendorId: string,
    decision: { status: ShopStatus; version: number; name?: string; district?: string },
  ): Promise<void> {
    await tx.$executeRawUnsafe(
      `UPDATE ${this.t.shops}
          SET status = $2, decision_version = $3::bigint, name = coalesce($4, name), district = coalesce($5, district),
              approved_at = CASE WHEN $2 = 'active' THEN coalesce(approved_at, now()) ELSE approved_at END,
              updated_at = now()
        WHERE vendor_id = $1::uuid`,
      vendorId,
      decision.status,
      decision.version,
      decision.name ?? null,
      decision.district ?? null,
    );
  }

  async updateProfile(
    vendorId: string,
    profile: { logoUrl?: string | null; descriptionEn?: string; descriptionBn?: string },
  ): Promise<void> {
    await this.db.$executeRawUnsafe(
      `UPDATE ${this.t.shops}
          SET logo_url = CASE WHEN $2 THEN $3 ELSE logo_url END,
              description_en = coalesce($4, description_en), description_bn = coalesce($5, description_bn),
              updated_at = now()
        WHERE vendor_id = $1::uuid`,
      vendorId,
      profile.logoUrl !== undefined,
      profile.logoUrl ?? null,
      profile.descriptionEn ?? null,
      profile.descriptionBn ?? null,
    );
  }
}
