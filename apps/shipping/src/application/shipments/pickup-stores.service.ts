import type { CourierName } from '../../domain/shipment/courier-name';
import { CourierStorePort } from '../../infrastructure/couriers/courier-booking.port';
import { ShippingPrismaClient } from '../../infrastructure/shipping-prisma';

/**
 * The courier's store id of each vendor warehouse (pickup point), registered at the courier the first time a
 * booking or the vendor's save needs it and kept in `courier_stores`. Idempotent three ways: a kept id is used; one
 * process asks the courier once per warehouse at a time; the courier client finds a store it made before by its
 * tag, so an answer lost on the way does not make a second store.
 */
export class PickupStoresService {
  private readonly pending = new Map<string, Promise<string>>();

  constructor(
    private readonly prisma: ShippingPrismaClient,
    private readonly ports: Map<CourierName, CourierStorePort>,
  ) {}

  /** Couriers that pick up from stores (Steadfast has none: it collects from the address on file). */
  withStores(): CourierName[] {
    return [...this.ports.keys()];
  }

  /** The store id at `courier` for the warehouse; undefined when that courier has no stores. */
  async storeFor(courier: CourierName, warehouseId: string): Promise<string | undefined> {
    const port = this.ports.get(courier);
    if (!port) return undefined;
    const kept = await this.prisma.courierStore.findUnique({
      where: { warehouseId_courier: { warehouseId, courier } },
    });
    if (kept) return kept.storeId;
    const key = `${courier}/${warehouseId}`;
    let registering = this.pending.get(key);
    if (!registering) {
      registering = this.register(port, warehouseId).finally(() => this.pending.delete(key));
      this.pending.set(key, registering);
    }
    return registering;
  }

  /** Registers the warehouse with every courier that has stores; a courier that fails is tried again at booking. */
  async registerEverywhere(warehouseId: string): Promise<void> {
    await Promise.allSettled(this.withStores().map((courier) => this.storeFor(courier, warehouseId)));
  }

  private async register(port: CourierStorePort, warehouseId: string): Promise<string> {
    const point = await this.prisma.pickupPoint.findUniqueOrThrow({ where: { warehouseId } });
    const storeId = await port.registerStore(point);
    await this.prisma.courierStore.createMany({
      data: [{ warehouseId, courier: port.courier, storeId }],
      skipDuplicates: true,
    });
    const kept = await this.prisma.courierStore.findUniqueOrThrow({
      where: { warehouseId_courier: { warehouseId, courier: port.courier } },
    });
    return kept.storeId;
  }
}
