import { ConflictException, ValidationException } from '@getit/errors';
import { applyStockChange } from './stock-count.rules';

describe('applyStockChange', () => {
  it('sets on hand from a count and reports the delta', () => {
    expect(applyStockChange({ onHand: 7, reserved: 2 }, { kind: 'count', onHand: 12 })).toEqual({
      onHand: 12,
      delta: 5,
    });
    expect(applyStockChange({ onHand: 7, reserved: 2 }, { kind: 'count', onHand: 7 })).toEqual({
      onHand: 7,
      delta: 0,
    });
  });

  it('adds and removes with an adjustment', () => {
    expect(
      applyStockChange({ onHand: 3, reserved: 0 }, { kind: 'adjust', delta: 10, reason: 'received' }),
    ).toEqual({
      onHand: 13,
      delta: 10,
    });
    expect(
      applyStockChange({ onHand: 3, reserved: 0 }, { kind: 'adjust', delta: -3, reason: 'damaged' }),
    ).toEqual({
      onHand: 0,
      delta: -3,
    });
  });

  it('never lets on hand go negative', () => {
    const attempt = () =>
      applyStockChange({ onHand: 2, reserved: 0 }, { kind: 'adjust', delta: -3, reason: 'lost' });
    expect(attempt).toThrow(ConflictException);
    expect(attempt).toThrow(/Only 2 on hand/);
  });

  it('never lets on hand fall below what is reserved', () => {
    expect(() => applyStockChange({ onHand: 5, reserved: 4 }, { kind: 'count', onHand: 3 })).toThrow(
      /4 units are reserved/,
    );
    try {
      applyStockChange({ onHand: 5, reserved: 4 }, { kind: 'adjust', delta: -2, reason: 'correction' });
    } catch (error) {
      expect((error as ConflictException).extensions).toEqual({ field: 'delta', onHand: 5, reserved: 4 });
    }
  });

  it('insists that the sign of an adjustment fits its reason', () => {
    expect(() =>
      applyStockChange({ onHand: 5, reserved: 0 }, { kind: 'adjust', delta: -1, reason: 'received' }),
    ).toThrow(ValidationException);
    expect(() =>
      applyStockChange({ onHand: 5, reserved: 0 }, { kind: 'adjust', delta: 2, reason: 'damaged' }),
    ).toThrow(ValidationException);
    expect(
      applyStockChange({ onHand: 5, reserved: 0 }, { kind: 'adjust', delta: -1, reason: 'correction' })
        .onHand,
    ).toBe(4);
  });
});
