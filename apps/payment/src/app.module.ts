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

/** The payment service's HTTP module; the host builds the services and hands them in. */
@Module({})
export class PaymentModule {
  static register(services: PaymentServices, ledger: LedgerServices): DynamicModule {
    return {
      module: PaymentModule,
      controllers: [
        PaymentsController,
        CommissionRulesController,
        RefundsController,
        PayoutsController,
        LedgerReportsController,
        PaymentCheckoutController,
        PaymentCallbacksController,
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
      ],
    };
  }
}
