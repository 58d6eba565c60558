import { DynamicModule, Module } from '@nestjs/common';
import { CommissionRulesController } from './api/commission-rules.controller';
import { LedgerReportsController } from './api/ledger-reports.controller';
import { PaymentCallbacksController } from './api/payment-callbacks.controller';
import { PaymentCheckoutController } from './api/payment-checkout.controller';
import { PaymentsController } from './api/payments.controller';
import { PayoutsController } from './api/payouts.controller';
import { RefundsController } from './api/refunds.controller';
import { CommissionRulesService } from './application/ledger/commission-rules.service';
import { LedgerReportsService } from './application/ledger/ledger-reports.service';
import { LedgerServices } from './application/ledger/ledger-services.factory';
import { PayoutsService } from './application/ledger/payouts.service';
import { RefundsService } from './application/ledger/refunds.service';
import { CheckoutPaymentsService } from './application/checkout-payments.service';
import { OnlineCallbacksService } from './application/online-callbacks.service';
import { PaymentQueriesService } from './application/payment-queries.service';
import { PaymentServices } from './application/payment-services.factory';
import { StorefrontReturn } from './application/storefront-return';
import { CodReconciliationController } from './api/cod-reconciliation.controller';
import { CodReconciliationService } from './application/ledger/cod-reconciliation.service';
import { CodCollectionsService } from './application/cod-collections.service';
import { PackageSalesService } from './application/ledger/package-sales.service';
import { PackageSettlementsService } from './application/ledger/package-settlements.service';
import { ReturnSettlementsService } from './application/ledger/return-settlements.service';
import { PaymentCancellationsService } from './application/payment-cancellations.service';
import { PaymentRequestsService } from './application/payment-requests.service';
import { EVENT_LOG, EventLog } from './messaging/event-log';
import { LedgerEventsController } from './messaging/ledger-events.controller';
import { OrderEventsController } from './messaging/order-events.controller';

/**
 * The payment service's module: its HTTP controllers and its event handlers (the checkout saga's payment step and
 * the escrow ledger's inputs). The host builds the services and hands them in.
 */
@Module({})
export class PaymentModule {
  static register(services: PaymentServices, ledger: LedgerServices, log: EventLog): DynamicModule {
    return {
      module: PaymentModule,
      controllers: [
        PaymentsController,
        CommissionRulesController,
        RefundsController,
        PayoutsController,
        LedgerReportsController,
        CodReconciliationController,
        PaymentCheckoutController,
        PaymentCallbacksController,
        OrderEventsController,
        LedgerEventsController,
      ],
      providers: [
        { provide: PaymentQueriesService, useValue: services.queries },
        { provide: CommissionRulesService, useValue: ledger.commission },
        { provide: RefundsService, useValue: ledger.refunds },
        { provide: PayoutsService, useValue: ledger.payouts },
        { provide: LedgerReportsService, useValue: ledger.reports },
        { provide: CheckoutPaymentsService, useValue: services.checkout },
        { provide: OnlineCallbacksService, useValue: services.callbacks },
        { provide: StorefrontReturn, useValue: services.storefront },
        { provide: PaymentRequestsService, useValue: services.requests },
        { provide: PaymentCancellationsService, useValue: services.cancellations },
        { provide: CodCollectionsService, useValue: services.collections },
        { provide: PackageSalesService, useValue: ledger.sales },
        { provide: PackageSettlementsService, useValue: ledger.settlements },
        { provide: CodReconciliationService, useValue: ledger.cod },
        { provide: ReturnSettlementsService, useValue: ledger.returns },
        { provide: EVENT_LOG, useValue: log },
      ],
    };
  }
}
