import {
  CashOnDeliveryProvider,
  isOnlineProvider,
  OnlineMethod,
  OnlinePaymentProvider,
  PaymentMethod,
  PaymentProvider,
} from '../domain';
import { BkashProvider } from '../infrastructure/providers/bkash/bkash.provider';
import { NagadProvider } from '../infrastructure/providers/nagad/nagad.provider';
import { OnlineProviderSettings } from '../infrastructure/providers/online-provider.settings';
import { SslcommerzProvider } from '../infrastructure/providers/sslcommerz/sslcommerz.provider';

/**
 * The providers this build can use, by method: cash on delivery always; bKash, Nagad and SSLCommerz when their
 * settings are given (Nagad needs its key pair). A Map, so services that only authorize, cancel or refund take it
 * as `ReadonlyMap<PaymentMethod, PaymentProvider>`; `online()` gives the callback-capable ones.
 */
export class PaymentProviders extends Map<PaymentMethod, PaymentProvider> {
  static create(online: OnlineProviderSettings = {}): PaymentProviders {
    const providers = new PaymentProviders();
    const add = (provider: PaymentProvider) => providers.set(provider.method, provider);
    add(new CashOnDeliveryProvider());
    if (online.bkash) add(new BkashProvider(online.bkash));
    if (online.nagad) add(new NagadProvider(online.nagad));
    if (online.sslcommerz) add(new SslcommerzProvider(online.sslcommerz));
    return providers;
  }

  online(method: OnlineMethod | PaymentMethod): OnlinePaymentProvider | undefined {
    const provider = this.get(method as PaymentMethod);
    return isOnlineProvider(provider) ? provider : undefined;
  }
}
