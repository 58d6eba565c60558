import { createPrismaClient } from '@getit/database';
import { UnitOfWork } from '@getit/messaging';
import { BatchSweeper, systemContext } from '@getit/service-kit';
import { createInventoryServices } from '../src/application/inventory-services.factory';
import { InventoryPrismaClient, InventoryTx } from '../src/infrastructure/inventory-prisma';
import { buyerContext, InventoryFixture } from './inventory.fixture';

jest.setTimeout(60_000);

/** Replicas sweep expired reservations at the same time: each is released exactly once, by exactly one of them. */
describe('reservation expiry with several replicas', () => {
  const fx = new InventoryFixture();
  const replicas: InventoryPrismaClient[] = [];
  beforeAll(() => fx.start('inventory_expiry', 10));
  afterAll(async () => {
    await Promise.all(replicas.map((prisma) => prisma.$disconnect()));
    await fx.stop();
  });

  function replicaSweeper(): BatchSweeper {
    const prisma = createPrismaClient(InventoryPrismaClient, { url: fx.db.url, poolMax: 4 });
    replicas.push(prisma);
    const services = createInventoryServices({
      prisma,
      unitOfWork: new UnitOfWork<InventoryTx>({ db: prisma }),
      schema: 'public',
      reservationTtlMs: 60_000,
    });
    return new BatchSweeper({
      name: 'reservation expiry',
      sweepBatch: (limit) => services.reservations.expireDue(systemContext(), limit),
      intervalMs: 60_000,
      batchSize: 7,
      log: (_level, message, extra) => {
        throw new Error(`${message}: ${String(extra?.['err'])}`);
      },
    });
  }

  it('releases 60 expired reservations once each while three replicas sweep concurrently', async () => {
    const { variantId } = await fx.stockedVariant([40, 40]);
    const kept = await fx.services.reservations.reserve(buyerContext(), {
      reservationKey: 'still-paying',
      lines: [{ variantId, quantity: 5 }],
      ttlSeconds: 600,
    });
    for (let i = 0; i < 60; i += 1) {
      await fx.services.reservations.reserve(buyerContext(), {
        reservationKey: `abandoned-${i}`,
        lines: [{ variantId, quantity: 1 }],
        ttlSeconds: 1,
      });
    }
    await new Promise((resolve) => setTimeout(resolve, 1_200));

    const sweepers = [replicaSweeper(), replicaSweeper(), replicaSweeper()];
    const expired = await Promise.all(sweepers.map((sweeper) => sweeper.sweep()));
    process.stdout.write(`expired per replica: ${expired.join(', ')}\n`);
    expect(expired.reduce((sum, n) => sum + n, 0)).toBe(60);
    expect(await Promise.all(sweepers.map((sweeper) => sweeper.sweep()))).toEqual([0, 0, 0]);

    expect(
      await fx.one(
        `SELECT (SELECT count(*)::int FROM reservations WHERE status = 'expired') AS expired,
                (SELECT count(*)::int FROM outbox WHERE type = 'inventory.reservation-released.v1') AS released_events,
                (SELECT count(DISTINCT key)::int FROM outbox WHERE type = 'inventory.reservation-released.v1') AS distinct_released,
                (SELECT sum(reserved)::int FROM stock_levels WHERE variant_id = $1) AS reserved,
                (SELECT sum(on_hand)::int FROM stock_levels WHERE variant_id = $1) AS on_hand`,
        [variantId],
      ),
    ).toEqual({ expired: 60, released_events: 60, distinct_released: 60, reserved: 5, on_hand: 80 });
    expect((await fx.services.reservations.get(buyerContext(), kept.reservation.id)).status).toBe('active');
  });
});
