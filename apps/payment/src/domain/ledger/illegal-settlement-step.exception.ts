import { ConflictException } from '@getit/errors';

/** 409: a package's money cannot take this step in its current stage (deliver twice, capture a COD package…). */
export class IllegalSettlementStepException extends ConflictException {
  constructor(
    readonly packageId: string,
    readonly stage: string,
    readonly step: string,
    why?: string,
  ) {
    super(`Cannot ${step} package ${packageId} while it is ${stage}${why ? `: ${why}` : ''}.`, {
      extensions: { machine: 'package-settlement', packageId, stage, step },
    });
  }
}
