import { bootConfig } from '@getit/config';
import { AuditRecorder } from '@getit/messaging';
import {
  migrateService,
  RunningService,
  ServiceHost,
  serviceMigrationsDir,
  SharedInfrastructure,
} from '@getit/service-kit';
import { ShippingModule } from './app.module';
import { QuotesService } from './application/quotes.service';
import { RateCardService } from './application/rate-card.service';
import { shippingConfigSchema } from './config/shipping.config';
import { RateCardRepository } from './infrastructure/rate-card.repository';
import { ShippingPrismaClient, ShippingTx } from './infrastructure/shipping-prisma';

/** Migrations ship beside the compiled code: <root>/apps/shipping/migrations from src or dist. */
export const SHIPPING_MIGRATIONS = serviceMigrationsDir(__dirname, 'shipping');

/**
 * Shipping adds the rate card (a repository, audited admin edits through the outbox) and the quotes priced with
 * it. It consumes no events yet; the shipments to come will record theirs through the same unit of work.
 */
export async function startShipping(
  env: NodeJS.ProcessEnv,
  shared: SharedInfrastructure = {},
): Promise<RunningService> {
  const config = bootConfig('shipping', shippingConfigSchema, env);
  const host = await ServiceHost.open<ShippingPrismaClient, ShippingTx>({
    name: 'shipping',
    config,
    prisma: ShippingPrismaClient,
    migrationsDir: SHIPPING_MIGRATIONS,
    shared,
  });
  const audit = new AuditRecorder({ producer: 'shipping', unitOfWork: host.unitOfWork, log: host.log });
  const rateCards = new RateCardService(
    host.unitOfWork,
    new RateCardRepository(host.db),
    config.MARKETPLACE,
    audit,
  );
  return host.serve({
    module: ShippingModule.register({ rateCards, quotes: new QuotesService(rateCards) }),
  });
}

export async function migrateShipping(env: NodeJS.ProcessEnv): Promise<void> {
  await migrateService('shipping', bootConfig('shipping', shippingConfigSchema, env), SHIPPING_MIGRATIONS);
}
