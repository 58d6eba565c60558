import { lowStockTransition } from './low-stock.rule';

describe('lowStockTransition', () => {
  it('alerts when available falls to the threshold', () => {
    expect(lowStockTransition({ lowStock: false, threshold: 3 }, 3)).toEqual({ lowStock: true, alert: true });
  });

  it('alerts once per shortage, not on every later sale', () => {
    expect(lowStockTransition({ lowStock: true, threshold: 3 }, 1)).toEqual({ lowStock: true, alert: false });
  });

  it('re-arms after stock recovers above the threshold', () => {
    expect(lowStockTransition({ lowStock: true, threshold: 3 }, 4)).toEqual({
      lowStock: false,
      alert: false,
    });
    expect(lowStockTransition({ lowStock: false, threshold: 3 }, 2)).toEqual({ lowStock: true, alert: true });
  });

  it('never alerts without a threshold', () => {
    expect(lowStockTransition({ lowStock: true, threshold: null }, 0)).toEqual({
      lowStock: false,
      alert: false,
    });
  });
});
