import type {
  CourierChoice,
  CourierPreferenceRequest,
  CourierSettingsView,
  PickupPointRequest,
  PickupPointView,
} from '@getit/contracts';
import { UnitOfWork } from '@getit/messaging';
import { NotFoundException, ValidationException } from '@getit/errors';
import { RequestContext } from '@getit/service-kit';
import {
  COURIER_SETTINGS_EDITOR_ROLES,
  requireVendorStaff,
} from '../../domain/courier-settings-access.policy';
import type { CourierName } from '../../domain/shipment/courier-name';
import { ShippingPrismaClient, ShippingTx } from '../../infrastructure/shipping-prisma';
import { PickupStoresService } from './pickup-stores.service';

/**
 * A vendor's stored courier choices: the courier (or the marketplace's choice), whether packing books at once, and
 * its warehouses as pickup points registered with each courier that has stores. Vendor staff only; owners and
 * managers change them.
 */
export class CourierSettingsService {
  constructor(
    private readonly prisma: ShippingPrismaClient,
    private readonly unitOfWork: UnitOfWork<ShippingTx>,
    private readonly offered: () => CourierName[],
    private readonly stores: PickupStoresService,
  ) {}

  async settings(ctx: RequestContext, vendorId: string): Promise<CourierSettingsView> {
    requireVendorStaff(ctx, vendorId);
    return this.view(vendorId);
  }

  async setPreference(
    ctx: RequestContext,
    vendorId: string,
    request: CourierPreferenceRequest,
  ): Promise<CourierSettingsView> {
    const actor = requireVendorStaff(ctx, vendorId, COURIER_SETTINGS_EDITOR_ROLES);
    if (request.courier !== 'marketplace' && !this.offered().includes(request.courier))
      throw new ValidationException(`${request.courier} is not offered on this marketplace.`, [
        {
          field: 'courier',
          reason: `must be marketplace or one of ${this.offered().join(', ') || '(none)'}`,
        },
      ]);
    await this.unitOfWork.run(ctx, async ({ tx }) => {
      if (request.pickupWarehouseId) {
        const point = await tx.pickupPoint.findUnique({ where: { warehouseId: request.pickupWarehouseId } });
        if (point?.vendorId !== vendorId)
          throw new ValidationException('Register this warehouse as a pickup point first.', [
            { field: 'pickupWarehouseId', reason: 'must be one of your pickup points' },
          ]);
      }
      const data = {
        courier: request.courier === 'marketplace' ? null : request.courier,
        bookOnPacking: request.bookOnPacking,
        ...(request.pickupWarehouseId !== undefined ? { pickupWarehouseId: request.pickupWarehouseId } : {}),
        updatedBy: actor.id,
        updatedAt: new Date(),
      };
      await tx.vendorCourierPreference.upsert({
        where: { vendorId },
        create: { vendorId, ...data },
        update: data,
      });
    });
    return this.view(vendorId);
  }

  /**
   * Saves a warehouse as a pickup point (its address as couriers need it), makes it the pickup warehouse if the
   * vendor has none, then registers it with each courier that has stores. A courier that is down is asked again
   * when a booking needs the store; an address that changes later keeps the stores already made.
   */
  async savePickupPoint(
    ctx: RequestContext,
    vendorId: string,
    warehouseId: string,
    request: PickupPointRequest,
  ): Promise<CourierSettingsView> {
    const actor = requireVendorStaff(ctx, vendorId, COURIER_SETTINGS_EDITOR_ROLES);
    await this.unitOfWork.run(ctx, async ({ tx }) => {
      const existing = await tx.pickupPoint.findUnique({ where: { warehouseId } });
      if (existing && existing.vendorId !== vendorId)
        throw new NotFoundException(`Warehouse ${warehouseId} is not one of yours.`);
      const data = {
        name: request.name,
        contactPhone: request.contactPhone,
        address: request.address,
        area: request.area ?? null,
        district: request.district,
        updatedAt: new Date(),
      };
      await tx.pickupPoint.upsert({
        where: { warehouseId },
        create: { warehouseId, vendorId, ...data },
        update: data,
      });
      const preference = await tx.vendorCourierPreference.findUnique({ where: { vendorId } });
      if (!preference)
        await tx.vendorCourierPreference.create({
          data: { vendorId, pickupWarehouseId: warehouseId, updatedBy: actor.id },
        });
      else if (!preference.pickupWarehouseId)
        await tx.vendorCourierPreference.update({
          where: { vendorId },
          data: { pickupWarehouseId: warehouseId, updatedBy: actor.id, updatedAt: new Date() },
        });
    });
    await this.stores.registerEverywhere(warehouseId);
    return this.view(vendorId);
  }

  private async view(vendorId: string): Promise<CourierSettingsView> {
    const [preference, points] = await Promise.all([
      this.prisma.vendorCourierPreference.findUnique({ where: { vendorId } }),
      this.prisma.pickupPoint.findMany({
        where: { vendorId },
        include: { stores: { orderBy: { courier: 'asc' } } },
        orderBy: { createdAt: 'asc' },
      }),
    ]);
    return {
      courier: (preference?.courier ?? 'marketplace') as CourierChoice,
      bookOnPacking: preference?.bookOnPacking ?? true,
      pickupWarehouseId: preference?.pickupWarehouseId ?? null,
      offered: this.offered(),
      pickupPoints: points.map((point): PickupPointView => ({
        warehouseId: point.warehouseId,
        name: point.name,
        contactPhone: point.contactPhone,
        address: point.address,
        area: point.area,
        district: point.district,
        stores: point.stores.map((store) => ({
          courier: store.courier as CourierName,
          storeId: store.storeId,
        })),
      })),
    };
  }
}
