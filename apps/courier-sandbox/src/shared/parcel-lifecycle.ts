import type { Courier, ParcelStep } from './courier';
import { DeliveryFee } from './delivery-fee';
import type { Parcel } from './parcel';
import { RandomId } from './random-id';

export interface StepRequest {
  step: ParcelStep;
  /** Partial delivery: what the rider collected, in taka. Delivered collects the whole COD amount. */
  collectedTaka?: number;
  reason?: string;
  /** Paid: what the courier remits, in taka; default collected − delivery fee − COD charge. A short remittance is less. */
  remittedTaka?: number;
  invoiceId?: string;
}

export class ParcelStepError extends Error {}

/** Applies a control-API step to a parcel, with the money a courier would compute. */
export class ParcelLifecycle {
  static apply(parcel: Parcel, request: StepRequest, now: string): void {
    if (request.step === 'paid') return ParcelLifecycle.pay(parcel, request, now);
    if (parcel.invoiceId) throw new ParcelStepError(`parcel ${parcel.id} is already paid`);
    if (request.step === 'delivered') parcel.collectedTaka = parcel.codTaka;
    if (request.step === 'partial_delivery') {
      const collected = request.collectedTaka ?? Math.floor(parcel.codTaka / 2);
      if (collected < 0 || collected > parcel.codTaka)
        throw new ParcelStepError(`collectedTaka must be between 0 and ${parcel.codTaka}`);
      parcel.collectedTaka = collected;
    }
    parcel.codChargeTaka = DeliveryFee.codChargeTaka(parcel.collectedTaka);
    parcel.step = request.step;
    parcel.updatedAt = now;
    parcel.history.push({
      step: request.step,
      at: now,
      ...(request.step === 'delivered' || request.step === 'partial_delivery'
        ? { collectedTaka: parcel.collectedTaka }
        : {}),
      ...(request.reason ? { reason: request.reason } : {}),
    });
  }

  static netTaka(parcel: Parcel): number {
    return parcel.collectedTaka - parcel.deliveryFeeTaka - parcel.codChargeTaka;
  }

  private static pay(parcel: Parcel, request: StepRequest, now: string): void {
    if (!['delivered', 'partial_delivery', 'returned'].includes(parcel.step))
      throw new ParcelStepError(`parcel ${parcel.id} is ${parcel.step}: only a finished parcel is paid`);
    if (parcel.invoiceId) throw new ParcelStepError(`parcel ${parcel.id} is already paid`);
    parcel.invoiceId = request.invoiceId ?? ParcelLifecycle.invoiceId(parcel.courier);
    parcel.remittedTaka = request.remittedTaka ?? ParcelLifecycle.netTaka(parcel);
    parcel.updatedAt = now;
    parcel.history.push({ step: 'paid', at: now });
  }

  private static invoiceId(courier: Courier): string {
    return courier === 'steadfast' ? RandomId.digits(6) : `INV${RandomId.upper(8)}`;
  }
}
