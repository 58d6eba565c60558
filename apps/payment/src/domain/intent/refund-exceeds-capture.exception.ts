import { ConflictException } from '@getit/errors';

/** 409: a refund would take the refunded total above what was captured; says how much is still refundable. */
export class RefundExceedsCaptureException extends ConflictException {
  constructor(
    readonly requestedPoisha: number,
    readonly refundablePoisha: number,
  ) {
    super(`Only ${refundablePoisha} poisha can still be refunded; ${requestedPoisha} was asked for.`, {
      extensions: { requestedPoisha, refundablePoisha },
    });
  }
}
