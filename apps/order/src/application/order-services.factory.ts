import { PlaceOrderRequest } from '@getit/contracts';
import { UnitOfWork } from '@getit/messaging';
import { SagaTimeouts } from '../domain';
import { CartsRepository } from '../infrastructure/carts.repository';
import { OrderQueriesRepository, OrderRow } from '../infrastructure/order-queries.repository';
import { OrderPrismaClient, OrderTx } from '../infrastructure/order-prisma';
import { OrderTables } from '../infrastructure/order-tables';
import { OrdersRepository } from '../infrastructure/orders.repository';
import { ReadModelsRepository } from '../infrastructure/read-models.repository';
import { SagasRepository } from '../infrastructure/sagas.repository';
import { ShippingClient } from '../infrastructure/shipping.client';
import { CartsService } from './carts.service';
import { CheckoutSagaOrchestrator } from './checkout-saga.orchestrator';
import { CheckoutService } from './checkout.service';
import { DeliveryQuotesService } from './delivery-quotes.service';
import { OrderViewsService } from './order-views.service';
import { OrderMetrics } from './order.metrics';
import { OrderSettledSignal } from './order-settled.signal';
import { PackageFlowService } from './package-flow.service';
import { ReadModelsService } from './read-models.service';

export interface OrderServices {
  carts: CartsService;
  checkout: CheckoutService;
  views: OrderViewsService;
  packages: PackageFlowService;
  saga: CheckoutSagaOrchestrator;
  readModels: ReadModelsService;
  metrics: OrderMetrics;
}

export interface OrderServicesOptions {
  prisma: OrderPrismaClient;
  /** The host's unit of work: every write, with the events it records (which wake the relay after commit). */
  unitOfWork: UnitOfWork<OrderTx>;
  schema: string;
  shipping: ShippingClient;
  metrics:
    | OrderMetrics
    | ((countRunningSagas: () => Promise<number>, countStuckSagas: () => Promise<number>) => OrderMetrics);
  cartTtlMs: number;
  paymentMethods: readonly PlaceOrderRequest['paymentMethod'][];
  timeouts: SagaTimeouts;
  log: (level: 'warn', message: string, extra?: Record<string, unknown>) => void;
}

/** Wires the use cases to their repositories and the host's unit of work: the host's one place for it. */
export function createOrderServices(options: OrderServicesOptions): OrderServices {
  const { prisma, unitOfWork } = options;
  const tables = new OrderTables(options.schema);
  const carts = new CartsRepository(tables);
  const orders = new OrdersRepository(tables);
  const queries = new OrderQueriesRepository(tables);
  const sagas = new SagasRepository(tables);
  const metrics =
    typeof options.metrics === 'function'
      ? options.metrics(
          () => sagas.countRunning(prisma),
          () => sagas.countStuck(prisma),
        )
      : options.metrics;
  const quotes = new DeliveryQuotesService(options.shipping);
  const settled = new OrderSettledSignal<OrderRow>();
  return {
    carts: new CartsService(prisma, carts, unitOfWork, { ttlMs: options.cartTtlMs }),
    checkout: new CheckoutService(prisma, carts, orders, queries, quotes, unitOfWork, metrics, {
      paymentMethods: options.paymentMethods,
      timeouts: options.timeouts,
    }),
    views: new OrderViewsService(prisma, queries, settled),
    packages: new PackageFlowService(prisma, orders, queries, unitOfWork, metrics),
    saga: new CheckoutSagaOrchestrator(
      sagas,
      orders,
      unitOfWork,
      metrics,
      options.timeouts,
      options.log,
      settled,
      prisma,
    ),
    readModels: new ReadModelsService(unitOfWork, new ReadModelsRepository(tables)),
    metrics,
  };
}
