import { AvailabilityQuery, AvailabilityView } from '@getit/contracts';
import { RequestContext } from '@getit/service-kit';
import { StockRepository } from '../infrastructure/stock.repository';

/** Available-to-sell for product pages: public, batched, one query. A variant nobody stocks has 0. */
export class AvailabilityService {
  constructor(private readonly stock: StockRepository) {}

  async get(_ctx: RequestContext, query: AvailabilityQuery): Promise<AvailabilityView> {
    const variantIds = [...new Set(query.variantIds)];
    const available = await this.stock.availability(variantIds);
    return {
      items: variantIds.map((variantId) => {
        const units = Math.max(0, available.get(variantId) ?? 0);
        return { variantId, available: units, inStock: units > 0 };
      }),
    };
  }
}
