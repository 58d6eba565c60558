import type { RateCardRequest, RateCardView } from '@getit/contracts';
import { DependencyUnavailableException } from '@getit/errors';
import type { AuditRecorder, UnitOfWork } from '@getit/messaging';
import type { RequestContext } from '@getit/service-kit';
import type { RateCard } from '../domain/rate-card';
import { requireRateCardEditor } from '../domain/rate-card-access.policy';
import { RateCardRepository, StoredRateCard } from '../infrastructure/rate-card.repository';
import type { ShippingTx } from '../infrastructure/shipping-prisma';

/** Reads and replaces the marketplace's delivery rate card. */
export class RateCardService {
  constructor(
    private readonly unitOfWork: UnitOfWork<ShippingTx>,
    private readonly cards: RateCardRepository,
    private readonly marketplace: string,
    private readonly audit: AuditRecorder,
  ) {}

  /** The card quotes are priced with; a missing card is a broken deployment (the migration seeds it). */
  async current(): Promise<RateCard & { updatedAt: Date; updatedBy: string | null }> {
    const card = await this.cards.find(this.marketplace);
    if (!card) throw new DependencyUnavailableException(`No rate card for marketplace ${this.marketplace}.`);
    return card;
  }

  async get(ctx: RequestContext): Promise<RateCardView> {
    requireRateCardEditor(ctx.actor);
    return toView(await this.current());
  }

  /** Replaces the card; the audit entry (who, the new prices, the version) commits with it. */
  async replace(ctx: RequestContext, request: RateCardRequest): Promise<RateCardView> {
    const target = {
      action: 'shipping.rate-card.replace',
      targetType: 'rate-card',
      targetId: this.marketplace,
      details: { codFeeBasisPoints: request.codFeeBasisPoints, zones: request.zones },
    };
    return this.audit.attempt(ctx, target, async () => {
      const actor = requireRateCardEditor(ctx.actor);
      const replaced = await this.unitOfWork.run(ctx, async ({ tx, record }) => {
        const version = await this.cards.replace(tx, this.marketplace, request, actor.id);
        if (version === undefined) return false;
        record(this.audit.success(ctx, { ...target, details: { ...target.details, version } }));
        return true;
      });
      if (!replaced)
        throw new DependencyUnavailableException(`No rate card for marketplace ${this.marketplace}.`);
      return toView(await this.current());
    });
  }
}

function toView(card: StoredRateCard): RateCardView {
  return {
    version: card.version,
    currency: 'BDT',
    zones: card.zones,
    codFeeBasisPoints: card.codFeeBasisPoints,
    updatedAt: card.updatedAt.toISOString(),
    updatedBy: card.updatedBy,
  };
}
