import { randomUUID } from 'node:crypto';
import { MAX_SAVED_ADDRESSES, SavedAddressBody, SavedAddressList, SavedAddressView } from '@getit/contracts';
import { ConflictException, NotFoundException } from '@getit/errors';
import { UnitOfWork } from '@getit/messaging';
import { AuthTx } from '../infrastructure/auth-prisma';
import {
  SavedAddressesRepository,
  SavedAddressFields,
  SavedAddressRow,
} from '../infrastructure/saved-addresses.repository';
import { AuthContext } from './auth-context';
import { CallerGuard } from './caller-guard';

function fieldsOf(body: SavedAddressBody): SavedAddressFields {
  return { label: body.label, ...body.address };
}

function toView(row: SavedAddressRow): SavedAddressView {
  const { id, label, isDefault, name, phone, division, district, area, postcode, street } = row;
  return {
    id,
    label,
    isDefault,
    address: { name, phone, division, district, area, postcode, street },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * The caller's saved delivery addresses: up to ten, exactly one default while any exist (the first one saved, the
 * one marked, or after the default is deleted the newest left). Each write locks the owner's row, so two tabs
 * saving at once cannot pass the limit or leave two defaults.
 */
export class SavedAddressesService {
  constructor(
    private readonly addresses: SavedAddressesRepository,
    private readonly unitOfWork: UnitOfWork<AuthTx>,
    private readonly guard: CallerGuard,
  ) {}

  async list(ctx: AuthContext): Promise<SavedAddressList> {
    const { userId } = await this.guard.active(ctx);
    return { items: (await this.addresses.list(userId)).map(toView) };
  }

  async add(ctx: AuthContext, body: SavedAddressBody): Promise<SavedAddressView> {
    const { userId } = await this.guard.active(ctx);
    const row = await this.unitOfWork.run(ctx, async ({ tx }) => {
      await this.addresses.lockOwner(tx, userId);
      const count = await this.addresses.count(tx, userId);
      if (count >= MAX_SAVED_ADDRESSES)
        throw new ConflictException(
          `You can keep up to ${MAX_SAVED_ADDRESSES} addresses; delete one before saving another.`,
        );
      const isDefault = count === 0 || body.isDefault === true;
      if (isDefault) await this.addresses.clearDefault(tx, userId);
      return this.addresses.create(tx, { id: randomUUID(), userId, isDefault, ...fieldsOf(body) });
    });
    return toView(row);
  }

  async replace(ctx: AuthContext, id: string, body: SavedAddressBody): Promise<SavedAddressView> {
    const { userId } = await this.guard.active(ctx);
    const row = await this.unitOfWork.run(ctx, async ({ tx }) => {
      await this.addresses.lockOwner(tx, userId);
      // Unmarking the default is not a way to have none: another address must be made the default instead.
      if (body.isDefault === true) await this.addresses.clearDefault(tx, userId);
      return this.addresses.update(tx, userId, id, {
        ...fieldsOf(body),
        ...(body.isDefault === true ? { isDefault: true } : {}),
      });
    });
    if (!row) throw new NotFoundException('No saved address with this id.');
    return toView(row);
  }

  async remove(ctx: AuthContext, id: string): Promise<void> {
    const { userId } = await this.guard.active(ctx);
    const removed = await this.unitOfWork.run(ctx, async ({ tx }) => {
      await this.addresses.lockOwner(tx, userId);
      const row = await this.addresses.delete(tx, userId, id);
      if (row?.isDefault) await this.addresses.promoteNewest(tx, userId);
      return row;
    });
    if (!removed) throw new NotFoundException('No saved address with this id.');
  }
}
