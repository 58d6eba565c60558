import { PackageSettlement, Posting } from '../../domain';
import { LedgerRepository } from '../../infrastructure/ledger/ledger.repository';
import {
  PackageSettlementsRepository,
  SettlementPatch,
  SettlementWithSale,
} from '../../infrastructure/ledger/package-settlements.repository';
import { PaymentTx } from '../../infrastructure/payment-prisma';

/**
 * Appends a posting rule's posting and stores the package settlement it returned, in the caller's transaction:
 * the ledger and the package's state never disagree. The settlement moves only from the version that was read.
 */
export class SettlementPostingWriter {
  constructor(
    private readonly ledger: LedgerRepository,
    private readonly settlements: PackageSettlementsRepository,
  ) {}

  async record(
    tx: PaymentTx,
    before: SettlementWithSale,
    step: { posting: Posting; settlement: PackageSettlement },
    patch: SettlementPatch = {},
  ): Promise<SettlementWithSale> {
    await this.ledger.post(tx, step.posting);
    await this.settlements.save(tx, before.version, step.settlement, patch);
    return (await this.settlements.get(tx, before.packageId))!;
  }

  /** Stores what the order service reported without moving any money (a delivery or cancellation seen early). */
  async note(
    tx: PaymentTx,
    before: SettlementWithSale,
    settlement: PackageSettlement,
    patch: SettlementPatch,
  ) {
    await this.settlements.save(tx, before.version, settlement, patch);
    return (await this.settlements.get(tx, before.packageId))!;
  }
}
