import { ConflictException, ValidationException } from '@getit/errors';
import { isPoisha, isPositivePoisha } from '@getit/contracts';
import { IllegalSettlementStepException } from './illegal-settlement-step.exception';
import { codReceivableAccount } from './ledger-account';
import { Posting, createPosting, credit, debit, withoutZeroEntries } from './ledger-posting';
import { PackageSettlement, SettledPosting, packageTotalPoisha } from './package-settlement';

/**
 * The courier collected a cash-on-delivery package's total at the door: the courier now owes it to us and it is
 * held in escrow like a prepaid package (Dr cod_receivable:<courier>, Cr escrow). Post the delivery right after.
 */
export function postCodCollected(
  settlement: PackageSettlement,
  collection: { courier: string; collectedPoisha: number; occurredAt: Date },
): SettledPosting {
  const step = 'collect cash for';
  if (settlement.paymentMethod !== 'cod' || settlement.stage !== 'awaiting_funds')
    throw new IllegalSettlementStepException(
      settlement.packageId,
      settlement.stage,
      step,
      settlement.paymentMethod === 'cod' ? undefined : 'it was paid online',
    );
  const total = packageTotalPoisha(settlement);
  if (collection.collectedPoisha !== total)
    throw new IllegalSettlementStepException(
      settlement.packageId,
      settlement.stage,
      step,
      `the courier collected ${collection.collectedPoisha} poisha of ${total}`,
    );
  return {
    posting: createPosting({
      id: `cod_collected:${settlement.packageId}`,
      kind: 'cod_collected',
      reference: { orderId: settlement.orderId, packageId: settlement.packageId },
      occurredAt: collection.occurredAt,
      entries: [debit(codReceivableAccount(collection.courier), total), credit('escrow', total)],
    }),
    settlement: { ...settlement, stage: 'in_escrow', fundedPoisha: total },
  };
}

/**
 * A courier paid collected cash into the bank, net of its fee (delivery charge and COD fee), which is settled
 * against the delivery charges we collected for couriers:
 * Dr bank (gross − fee), Dr delivery_charges (fee), Cr cod_receivable:<courier> (gross).
 * The gross cannot exceed what the courier still holds (`outstandingPoisha`, its cod_receivable balance).
 */
export function postCodRemitted(
  remittance: {
    remittanceId: string;
    courier: string;
    grossPoisha: number;
    courierFeePoisha: number;
    occurredAt: Date;
  },
  outstandingPoisha: number,
): Posting {
  const { grossPoisha, courierFeePoisha } = remittance;
  if (!isPositivePoisha(grossPoisha) || !isPoisha(courierFeePoisha) || courierFeePoisha > grossPoisha)
    throw new ValidationException('A remittance needs a positive gross and a fee no larger.', [
      { field: 'courierFeePoisha', reason: 'must be whole poisha from 0 to the gross amount' },
    ]);
  if (grossPoisha > outstandingPoisha)
    throw new ConflictException(
      `The courier remitted ${grossPoisha} poisha but holds only ${outstandingPoisha}.`,
      { extensions: { courier: remittance.courier, grossPoisha, outstandingPoisha } },
    );
  return createPosting({
    id: `cod_remitted:${remittance.remittanceId}`,
    kind: 'cod_remitted',
    reference: { remittanceId: remittance.remittanceId },
    occurredAt: remittance.occurredAt,
    entries: withoutZeroEntries([
      debit('bank', grossPoisha - courierFeePoisha),
      debit('delivery_charges', courierFeePoisha),
      credit(codReceivableAccount(remittance.courier), grossPoisha),
    ]),
  });
}
