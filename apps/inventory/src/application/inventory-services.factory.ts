import { UnitOfWork } from '@getit/messaging';
import { AllocationStrategy } from '../domain/allocation.strategy';
import { MostAvailableFirstStrategy } from '../domain/most-available-first.strategy';
import { InventoryPrismaClient, InventoryTx } from '../infrastructure/inventory-prisma';
import { InventoryTables } from '../infrastructure/inventory-tables';
import { MovementsRepository } from '../infrastructure/movements.repository';
import { ReservationRefusalsRepository } from '../infrastructure/reservation-refusals.repository';
import { ReservationRestocksRepository } from '../infrastructure/reservation-restocks.repository';
import { ReservationsRepository } from '../infrastructure/reservations.repository';
import { ReturnRestocksRepository } from '../infrastructure/return-restocks.repository';
import { StockRepository } from '../infrastructure/stock.repository';
import { WarehousesRepository } from '../infrastructure/warehouses.repository';
import { AvailabilityService } from './availability.service';
import { CatalogVariantsService } from './catalog-variants.service';
import { OrderSagaService, SagaLog } from './order-saga.service';
import { ReservationRestockService } from './reservation-restock.service';
import { ReservationsService } from './reservations.service';
import { ReturnRestockService } from './return-restock.service';
import { StockEventsRecorder } from './stock-events.recorder';
import { StockService } from './stock.service';
import { WarehousesService } from './warehouses.service';

export interface InventoryServices {
  warehouses: WarehousesService;
  stock: StockService;
  availability: AvailabilityService;
  reservations: ReservationsService;
  /** The checkout saga's steps, driven by the order events handlers. */
  saga: OrderSagaService;
  /** The catalog's variants, registered from its product events. */
  catalogVariants: CatalogVariantsService;
  /** Returned parcels back on hand once their vendor confirmed receipt. */
  returns: ReturnRestockService;
}

export interface InventoryServicesOptions {
  prisma: InventoryPrismaClient;
  /** Every write's transaction, with the events it records (the host's, or a test's without a relay). */
  unitOfWork: UnitOfWork<InventoryTx>;
  schema: string;
  reservationTtlMs: number;
  strategy?: AllocationStrategy;
  /** Where the saga reports outcomes operators should see (refusals, restocks). */
  log?: SagaLog;
}

/** The composition root of inventory's use cases: the host's one place for it, and tests' too. */
export function createInventoryServices(options: InventoryServicesOptions): InventoryServices {
  const { prisma, unitOfWork } = options;
  const tables = new InventoryTables(options.schema);
  const warehouses = new WarehousesRepository(prisma, tables);
  const stock = new StockRepository(prisma, tables);
  const movements = new MovementsRepository(prisma);
  const events = new StockEventsRecorder(stock);
  const reservationRows = new ReservationsRepository(prisma, tables);
  const reservations = new ReservationsService(
    reservationRows,
    stock,
    events,
    options.strategy ?? new MostAvailableFirstStrategy(),
    unitOfWork,
    { defaultTtlMs: options.reservationTtlMs },
  );
  const restocks = new ReservationRestockService(
    reservationRows,
    new ReservationRestocksRepository(tables),
    stock,
    movements,
    events,
    unitOfWork,
  );
  return {
    warehouses: new WarehousesService(unitOfWork, warehouses),
    stock: new StockService(stock, warehouses, movements, events, unitOfWork),
    availability: new AvailabilityService(stock),
    reservations,
    saga: new OrderSagaService(
      reservations,
      reservationRows,
      new ReservationRefusalsRepository(),
      restocks,
      unitOfWork,
      options.log,
    ),
    catalogVariants: new CatalogVariantsService(unitOfWork, stock),
    returns: new ReturnRestockService(
      reservationRows,
      new ReturnRestocksRepository(tables),
      stock,
      movements,
      events,
      unitOfWork,
      options.log,
    ),
  };
}
