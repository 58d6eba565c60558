import { DomainException, ErrorCode } from '@getit/errors';
import { Shortage } from './allocation.strategy';

/** 409: a reservation asked for more than is available; the body says how many each short line could get. */
export class InsufficientStockException extends DomainException {
  constructor(
    readonly shortages: readonly Shortage[],
    lineIndex: (variantId: string) => number,
  ) {
    super(
      ErrorCode.CONFLICT,
      shortages.length === 1
        ? `Only ${shortages[0]!.available} of the ${shortages[0]!.requested} units asked for are available.`
        : `${shortages.length} lines ask for more than is available.`,
      {
        fieldErrors: shortages.map((s) => ({
          field: `lines.${lineIndex(s.variantId)}.quantity`,
          reason: `only ${s.available} available`,
        })),
        extensions: {
          ...(shortages.length === 1 ? { available: shortages[0]!.available } : {}),
          shortages: shortages.map((s) => ({ ...s })),
        },
      },
    );
  }
}
