import { DeliveryQuoteRequest, DeliveryQuoteView, orderPaymentMethod } from '@getit/contracts';
import { ValidationException } from '@getit/errors';
import { RequestContext } from '@getit/service-kit';
import { z } from 'zod';
import { addPoisha, multiplyPoisha } from '../domain';
import { CartLineRow } from '../infrastructure/carts.repository';
import { ShippingClient } from '../infrastructure/shipping.client';

type PaymentMethod = z.infer<typeof orderPaymentMethod>;

export interface PackageQuote {
  vendorId: string;
  shopName: string | null;
  originDistrict: string;
  weightGrams: number;
  itemsSubtotalPoisha: number;
  deliveryChargePoisha: number;
  breakdown: { en: string; bn: string };
}

/**
 * Delivery charges per vendor package, priced by the shipping service from the vendor's pickup district (read
 * model), the destination, the parcel weight and, for cash on delivery, the amount the courier collects. One
 * merchant's items travel as one package with one charge (Digital Commerce Guidelines 2021).
 */
export class DeliveryQuotesService {
  constructor(private readonly shipping: ShippingClient) {}

  /** `lines` must be purchasable (vendor district known); they are grouped per vendor in first-seen order. */
  async quoteLines(
    ctx: RequestContext,
    lines: readonly CartLineRow[],
    destinationDistrict: string,
    paymentMethod: PaymentMethod,
  ): Promise<PackageQuote[]> {
    if (lines.length === 0)
      throw new ValidationException('The cart is empty.', [{ field: 'cartId', reason: 'the cart is empty' }]);
    const packages = new Map<string, Omit<PackageQuote, 'deliveryChargePoisha' | 'breakdown'>>();
    for (const line of lines) {
      const vendorId = line.vendorId!;
      const pkg = packages.get(vendorId) ?? {
        vendorId,
        shopName: line.shopName,
        originDistrict: line.district!,
        weightGrams: 0,
        itemsSubtotalPoisha: 0,
      };
      pkg.weightGrams += (line.weightGrams ?? 0) * line.quantity;
      pkg.itemsSubtotalPoisha = addPoisha(
        pkg.itemsSubtotalPoisha,
        multiplyPoisha(line.pricePoisha!, line.quantity),
      );
      packages.set(vendorId, pkg);
    }
    const drafts = [...packages.values()];
    const cod = paymentMethod === 'cod';
    const quote = await this.shipping.quote(ctx.correlationId, {
      destination: { district: destinationDistrict },
      paymentMethod: cod ? 'cod' : 'prepaid',
      packages: drafts.map((p) => ({
        vendorId: p.vendorId,
        originDistrict: p.originDistrict,
        weightGrams: Math.max(1, p.weightGrams),
        ...(cod ? { codAmountPoisha: p.itemsSubtotalPoisha } : {}),
      })),
    });
    return drafts.map((draft, i) => {
      const charge = quote.packages[i]!;
      return { ...draft, deliveryChargePoisha: charge.totalPoisha, breakdown: charge.breakdown };
    });
  }

  toView(quotes: readonly PackageQuote[], request: DeliveryQuoteRequest): DeliveryQuoteView {
    const itemsTotalPoisha = addPoisha(...quotes.map((q) => q.itemsSubtotalPoisha));
    const deliveryTotalPoisha = addPoisha(...quotes.map((q) => q.deliveryChargePoisha));
    return {
      currency: 'BDT',
      destinationDistrict: request.destinationDistrict,
      paymentMethod: request.paymentMethod,
      packages: quotes.map((q) => ({
        vendorId: q.vendorId,
        shopName: q.shopName,
        originDistrict: q.originDistrict,
        weightGrams: q.weightGrams,
        itemsSubtotalPoisha: q.itemsSubtotalPoisha,
        deliveryChargePoisha: q.deliveryChargePoisha,
        totalPoisha: addPoisha(q.itemsSubtotalPoisha, q.deliveryChargePoisha),
        breakdown: q.breakdown,
      })),
      itemsTotalPoisha,
      deliveryTotalPoisha,
      totalPoisha: addPoisha(itemsTotalPoisha, deliveryTotalPoisha),
    };
  }
}
