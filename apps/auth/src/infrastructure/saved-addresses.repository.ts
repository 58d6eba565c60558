import { AuthDb, AuthPrismaClient, AuthTx } from './auth-prisma';
import type { SavedAddress as SavedAddressRow } from './prisma/generated/client';

export type { SavedAddressRow };

export interface SavedAddressFields {
  label: string;
  name: string;
  phone: string;
  division: string;
  district: string;
  area: string;
  postcode: string;
  street: string;
}

/** A shopper's saved delivery addresses; every query is scoped to the owner. */
export class SavedAddressesRepository {
  /** `users` is the schema-qualified table name (`host.table('users')`): raw SQL does not get the schema Prisma does. */
  constructor(
    private readonly prisma: AuthPrismaClient,
    private readonly users: string,
  ) {}

  /** The default first, then the newest. */
  list(userId: string, db: AuthDb = this.prisma): Promise<SavedAddressRow[]> {
    return db.savedAddress.findMany({
      where: { userId },
      orderBy: [{ isDefault: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }],
    });
  }

  /** Serialises one user's address writes (the count limit and the single default hold under concurrency). */
  async lockOwner(tx: AuthTx, userId: string): Promise<void> {
    // Raw SQL: Prisma has no FOR UPDATE.
    await tx.$queryRawUnsafe(`SELECT id FROM ${this.users} WHERE id = $1::uuid FOR UPDATE`, userId);
  }

  count(tx: AuthTx, userId: string): Promise<number> {
    return tx.savedAddress.count({ where: { userId } });
  }

  async clearDefault(tx: AuthTx, userId: string): Promise<void> {
    await tx.savedAddress.updateMany({ where: { userId, isDefault: true }, data: { isDefault: false } });
  }

  create(
    tx: AuthTx,
    row: SavedAddressFields & { id: string; userId: string; isDefault: boolean },
  ): Promise<SavedAddressRow> {
    return tx.savedAddress.create({ data: row });
  }

  /** Null when the address is not this user's (or does not exist). */
  async update(
    tx: AuthTx,
    userId: string,
    id: string,
    fields: SavedAddressFields & { isDefault?: boolean },
  ): Promise<SavedAddressRow | null> {
    const { count } = await tx.savedAddress.updateMany({
      where: { id, userId },
      data: { ...fields, updatedAt: new Date() },
    });
    return count === 1 ? tx.savedAddress.findUnique({ where: { id } }) : null;
  }

  /** The deleted row, or null when it was not this user's. */
  async delete(tx: AuthTx, userId: string, id: string): Promise<SavedAddressRow | null> {
    const row = await tx.savedAddress.findFirst({ where: { id, userId } });
    if (row) await tx.savedAddress.delete({ where: { id } });
    return row;
  }

  /** Makes the newest remaining address the default (after the default was deleted). */
  async promoteNewest(tx: AuthTx, userId: string): Promise<void> {
    const newest = await tx.savedAddress.findFirst({ where: { userId }, orderBy: { createdAt: 'desc' } });
    if (newest) await tx.savedAddress.update({ where: { id: newest.id }, data: { isDefault: true } });
  }
}
