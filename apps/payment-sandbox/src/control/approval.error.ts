/** Why a shopper action on a checkout page (or through the control API) was refused. */
export class ApprovalError extends Error {
  constructor(
    readonly kind: 'not_found' | 'conflict',
    message: string,
  ) {
    super(message);
  }

  get httpStatus(): number {
    return this.kind === 'not_found' ? 404 : 409;
  }
}
