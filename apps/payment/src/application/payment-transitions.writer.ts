import { ConflictException } from '@getit/errors';
import { RequestContext } from '@getit/service-kit';
import { PaymentIntent } from '../domain';
import { IntentPatch, PaymentIntentsRepository } from '../infrastructure/payment-intents.repository';
import { PaymentTx } from '../infrastructure/payment-prisma';

/** Saves a move of the payment state machine: the new status, its stamp and amounts, and a history row. */
export class PaymentTransitionsWriter {
  constructor(private readonly intents: PaymentIntentsRepository) {}

  /**
   * `after` is what `transitionPayment` returned for `before` with `changed: true`. When another transaction moved
   * the intent since it was read, this throws, the consumer's transaction rolls back and the event is retried
   * against the new state.
   */
  async save(
    tx: PaymentTx,
    ctx: RequestContext,
    before: PaymentIntent,
    after: PaymentIntent,
    reason: string | null,
    at: Date,
  ): Promise<void> {
    const moved = await this.intents.move(
      tx,
      before.id,
      { from: before.status, to: after.status, reason },
      patchFor(after, at),
      ctx.correlationId,
    );
    if (!moved) {
      throw new ConflictException(`Payment ${before.id} changed while it was being ${after.status}; retry.`, {
        extensions: { paymentId: before.id },
      });
    }
  }
}

function patchFor(after: PaymentIntent, at: Date): IntentPatch {
  switch (after.status) {
    case 'authorized':
      return { authorizedAt: at };
    case 'captured':
      return { capturedAt: at, capturedPoisha: after.capturedPoisha };
    case 'cancelled':
      return { cancelledAt: at };
    case 'failed':
      return { failedAt: at, failureReason: after.failureReason };
    default:
      return {};
  }
}
