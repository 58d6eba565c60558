import { chooseCourier } from './courier-choice.strategy';

describe('chooseCourier', () => {
  it("takes the vendor's courier when it is offered", () => {
    expect(
      chooseCourier(
        [
          { courier: 'pathao', feePoisha: 8000 },
          { courier: 'redx', feePoisha: 6000 },
        ],
        'pathao',
      ),
    ).toBe('pathao');
  });

  it('otherwise picks the lowest fee per successful delivery in the district', () => {
    expect(
      chooseCourier([
        { courier: 'pathao', feePoisha: 8000, successRate: 0.95 },
        { courier: 'redx', feePoisha: 7000, successRate: 0.6 },
        { courier: 'steadfast', feePoisha: 8000 },
      ]),
    ).toBe('pathao');
    expect(chooseCourier([])).toBeUndefined();
  });
});
