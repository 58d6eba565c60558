import { ShopperAction } from './payment-scenario';

const ACTIONS: readonly ShopperAction[] = ['success', 'failure', 'cancel'];

/** Reads the shopper's choice from a page action's query or form body; `success` when none was given. */
export class ShopperActionParser {
  static parse(...sources: unknown[]): ShopperAction | null {
    for (const source of sources) {
      const value =
        source !== null && typeof source === 'object'
          ? (source as Record<string, unknown>)['outcome']
          : undefined;
      if (value === undefined) continue;
      return ACTIONS.find((action) => action === value) ?? null;
    }
    return 'success';
  }
}
