import { ConflictException } from '@getit/errors';

/** 409: a payout would take more than the vendor's payable balance; says how much is payable. */
export class PayoutExceedsBalanceException extends ConflictException {
  constructor(
    readonly vendorId: string,
    readonly requestedPoisha: number,
    readonly payablePoisha: number,
  ) {
    super(
      `Vendor ${vendorId} can be paid at most ${payablePoisha} poisha; ${requestedPoisha} was asked for.`,
      {
        extensions: { vendorId, requestedPoisha, payablePoisha },
      },
    );
  }
}
