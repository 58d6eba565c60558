import { ConflictException, ValidationException } from '@getit/errors';
import { ADJUSTMENT_REASONS } from '@getit/contracts';

export type AdjustmentReason = (typeof ADJUSTMENT_REASONS)[number];

/** Units of one variant in one warehouse. */
export interface Level {
  onHand: number;
  reserved: number;
}

export type StockChange =
  { kind: 'count'; onHand: number } | { kind: 'adjust'; delta: number; reason: AdjustmentReason };

/** Reasons that only ever add stock, and reasons that only ever remove it; `correction` goes either way. */
const SIGN_OF: Readonly<Record<AdjustmentReason, 1 | -1 | 0>> = {
  received: 1,
  returned: 1,
  damaged: -1,
  lost: -1,
  correction: 0,
};

/**
 * The on-hand quantity after a stock count or an adjustment, and the delta that gets there. On hand never goes
 * below zero, nor below the units already reserved for checkouts (those belong to shoppers now).
 */
export function applyStockChange(level: Level, change: StockChange): { onHand: number; delta: number } {
  const field = change.kind === 'count' ? 'onHand' : 'delta';
  if (change.kind === 'adjust') {
    const sign = SIGN_OF[change.reason];
    if (sign !== 0 && Math.sign(change.delta) !== sign) {
      throw new ValidationException('The adjustment does not fit its reason.', [
        {
          field: 'delta',
          reason: `must be ${sign > 0 ? 'positive' : 'negative'} for reason "${change.reason}"`,
        },
      ]);
    }
  }
  const onHand = change.kind === 'count' ? change.onHand : level.onHand + change.delta;
  const extensions = { field, onHand: level.onHand, reserved: level.reserved };
  if (onHand < 0) {
    throw new ConflictException(
      `Only ${level.onHand} on hand; removing ${-(onHand - level.onHand)} would make stock negative.`,
      { extensions },
    );
  }
  if (onHand < level.reserved) {
    throw new ConflictException(
      `${level.reserved} units are reserved for checkouts here; on hand cannot go below that (asked for ${onHand}).`,
      { extensions },
    );
  }
  return { onHand, delta: onHand - level.onHand };
}
