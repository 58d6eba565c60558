import { EventPayload } from '@getit/contracts';
import { ValidationException } from '@getit/errors';
import { RequestContext } from '@getit/service-kit';
import { commissionForLine, freezeCommission, openPackageSettlement, PaymentMethod } from '../../domain';
import {
  LedgerCaptureRow,
  NewPackageSale,
  PackageSettlementsRepository,
  StoredSaleLine,
} from '../../infrastructure/ledger/package-settlements.repository';
import { PaymentTx } from '../../infrastructure/payment-prisma';
import { CommissionRulesService } from './commission-rules.service';

type OrderPlaced = EventPayload<'order.placed.v1'>;
type Log = (level: 'info' | 'warn' | 'error', message: string, extra?: Record<string, unknown>) => void;

/**
 * `order.placed.v1`: the moment of sale. Each package is recorded with its lines and the commission rule chosen
 * for each line, copied with its rate, minimum and the VAT rate (frozen), so later rule changes never reach a
 * sold line. Its settlement starts awaiting funds (the consumer then applies captures that arrived first).
 */
export class PackageSalesService {
  constructor(
    private readonly settlements: PackageSettlementsRepository,
    private readonly commission: CommissionRulesService,
    private readonly log: Log,
  ) {}

  /**
   * Records the order's packages and answers the order's captures that came first, still to be applied
   * (`PackageSettlementsService.applyWaitingCaptures`): two statements whatever the number of packages, the
   * order's funding lock with the commission rules, then every sale with its settlement and the captures.
   */
  async recordSale(_ctx: RequestContext, tx: PaymentTx, order: OrderPlaced): Promise<LedgerCaptureRow[]> {
    // a capture of this order handled at the same moment waits, then finds the sale (or this waits for it)
    const schedule = await this.commission.scheduleTakingOrderFunding(tx, order.orderId);
    const sales: NewPackageSale[] = [];
    for (const pkg of order.packages) {
      const lines: StoredSaleLine[] = pkg.lines.map((line) => {
        const commission = freezeCommission(schedule, {
          vendorId: pkg.vendorId,
          categorySlug: line.categorySlug ?? null,
        });
        return {
          lineId: line.lineId,
          categorySlug: line.categorySlug ?? null,
          totalPoisha: line.lineTotalPoisha,
          commission,
          ...commissionForLine(line.lineTotalPoisha, commission),
        };
      });
      const sale = {
        orderId: order.orderId,
        packageId: pkg.packageId,
        vendorId: pkg.vendorId,
        paymentMethod: order.paymentMethod as PaymentMethod,
        lines,
        deliveryChargePoisha: pkg.deliveryChargePoisha,
      };
      let opened;
      try {
        opened = openPackageSettlement(sale);
      } catch (error) {
        if (!(error instanceof ValidationException)) throw error;
        // A package that sells nothing (every line free) has no money to follow.
        this.log('warn', 'package sale not recorded in the ledger', {
          orderId: order.orderId,
          packageId: pkg.packageId,
          problems: error.fieldErrors,
        });
        continue;
      }
      sales.push({
        ...sale,
        orderNumber: order.orderNumber,
        goodsPoisha: opened.goodsPoisha,
        commissionPoisha: opened.commissionPoisha,
        vatPoisha: opened.vatPoisha,
        soldAt: new Date(order.placedAt),
      });
    }
    return this.settlements.insertSales(tx, order.orderId, sales);
  }
}
