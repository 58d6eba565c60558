import { randomUUID } from 'node:crypto';
import {
  canonicalDistrict,
  CreateWarehouseRequest,
  UpdateWarehouseRequest,
  WarehouseList,
  WarehouseView,
} from '@getit/contracts';
import { isUniqueViolation } from '@getit/database';
import { ConflictException, NotFoundException, ValidationException } from '@getit/errors';
import { UnitOfWork } from '@getit/messaging';
import { RequestContext } from '@getit/service-kit';
import { assertVendorAccess } from '../domain/vendor-access.policy';
import { InventoryTx } from '../infrastructure/inventory-prisma';
import { WarehouseChanges, WarehousesRepository } from '../infrastructure/warehouses.repository';
import { toWarehouseView } from './inventory.mapper';

type Address = CreateWarehouseRequest['address'];

/** A vendor's pickup addresses. Archiving needs the warehouse empty: stock cannot vanish with it. */
export class WarehousesService {
  constructor(
    private readonly unitOfWork: UnitOfWork<InventoryTx>,
    private readonly warehouses: WarehousesRepository,
  ) {}

  async create(ctx: RequestContext, vendorId: string, input: CreateWarehouseRequest): Promise<WarehouseView> {
    assertVendorAccess(ctx, vendorId, 'manage-warehouses');
    try {
      const row = await this.warehouses.insert({
        id: randomUUID(),
        vendorId,
        code: input.code,
        name: input.name,
        ...addressColumns(input.address),
        contactPhone: input.contactPhone === undefined ? null : internationalMobile(input.contactPhone),
      });
      return toWarehouseView(row);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictException(`This vendor already has a warehouse with code "${input.code}".`, {
          extensions: { field: 'code' },
        });
      }
      throw error;
    }
  }

  async list(ctx: RequestContext, vendorId: string): Promise<WarehouseList> {
    assertVendorAccess(ctx, vendorId, 'read');
    return { items: (await this.warehouses.listActive(vendorId)).map(toWarehouseView) };
  }

  async get(ctx: RequestContext, vendorId: string, id: string): Promise<WarehouseView> {
    assertVendorAccess(ctx, vendorId, 'read');
    const row = await this.warehouses.findActive(vendorId, id);
    if (!row) throw notFound(id);
    return toWarehouseView(row);
  }

  async update(
    ctx: RequestContext,
    vendorId: string,
    id: string,
    input: UpdateWarehouseRequest,
  ): Promise<WarehouseView> {
    assertVendorAccess(ctx, vendorId, 'manage-warehouses');
    const changes: WarehouseChanges = {};
    if (input.name !== undefined) changes.name = input.name;
    if (input.address !== undefined) Object.assign(changes, addressColumns(input.address));
    if (input.contactPhone !== undefined) changes.contactPhone = internationalMobile(input.contactPhone);
    if (!(await this.warehouses.findActive(vendorId, id))) throw notFound(id);
    return toWarehouseView(await this.warehouses.update(id, changes));
  }

  async archive(ctx: RequestContext, vendorId: string, id: string): Promise<void> {
    assertVendorAccess(ctx, vendorId, 'manage-warehouses');
    await this.unitOfWork.run(ctx, async ({ tx }) => {
      if (!(await this.warehouses.lockActive(tx, vendorId, id, 'update'))) throw notFound(id);
      const units = await this.warehouses.unitsHeld(tx, id);
      if (units > 0) {
        throw new ConflictException(
          `The warehouse still holds ${units} units on hand or reserved; count it down to zero first.`,
          { extensions: { field: 'warehouseId', units } },
        );
      }
      await this.warehouses.archive(tx, id);
    });
  }
}

function addressColumns(address: Address) {
  const place = canonicalDistrict(address.district);
  if (!place) {
    throw new ValidationException('The address is not in Bangladesh as we know it.', [
      { field: 'address.district', reason: 'must be one of the 64 districts of Bangladesh' },
    ]);
  }
  return {
    addressLine1: address.line1,
    addressLine2: address.line2 ?? null,
    area: address.area ?? null,
    district: place.district,
    division: place.division,
    postcode: address.postcode ?? null,
  };
}

/** 01712345678, 8801712345678 and +8801712345678 are one number: stored as +8801712345678. */
function internationalMobile(phone: string): string {
  return `+880${phone.slice(-10)}`;
}

function notFound(id: string): NotFoundException {
  return new NotFoundException(`This vendor has no warehouse ${id}.`, {
    extensions: { field: 'warehouseId' },
  });
}
