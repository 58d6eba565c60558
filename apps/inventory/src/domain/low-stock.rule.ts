/** Whether a variant counts as low on stock, and whether this change is the one that made it so. */
export interface LowStockState {
  lowStock: boolean;
  threshold: number | null;
}

/**
 * Edge-triggered: the alert fires when available-to-sell falls to or below the threshold, once, and is re-armed
 * only after stock recovers above it. A vendor is told once per shortage, not on every sale while short.
 */
export function lowStockTransition(
  state: LowStockState,
  available: number,
): { lowStock: boolean; alert: boolean } {
  const lowStock = state.threshold !== null && available <= state.threshold;
  return { lowStock, alert: lowStock && !state.lowStock };
}
