import type { RateCardRequest, RateCardView } from '@getit/contracts';
import { DependencyUnavailableException } from '@getit/errors';
import type { AuditRecorder } from '@getit/messaging';
import type { RequestContext } from '@getit/service-kit';
import type { RateCard } from '../domain/rate-card';
import { RateCardRepository, StoredRateCard } from '../infrastructure/rate-card.repository';
import { requireRateCardEditor } from './shipping-access.policy';

/** Reads and replaces the marketplace's delivery rate card. */
export class RateCardService {
  constructor(
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
    requireRateCardEditor(ctx);
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
      const actor = requireRateCardEditor(ctx);
      const card = await this.cards.replace(this.marketplace, request, actor.id, (tx, version) =>
        this.audit.record(tx, ctx, { ...target, details: { ...target.details, version } }),
      );
      if (!card)
        throw new DependencyUnavailableException(`No rate card for marketplace ${this.marketplace}.`);
      return toView(card);
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
