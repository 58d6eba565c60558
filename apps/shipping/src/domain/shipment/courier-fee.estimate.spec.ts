import { estimateCourierFee } from './courier-fee.estimate';

describe('estimateCourierFee', () => {
  it('prices by slab inside Dhaka and elsewhere', () => {
    expect(estimateCourierFee('pathao', 'Dhaka', 400)).toBe(7000);
    expect(estimateCourierFee('pathao', 'dhaka', 800)).toBe(8000);
    expect(estimateCourierFee('redx', 'Dhaka', 1500)).toBe(9000);
    expect(estimateCourierFee('redx', 'Chattogram', 1000)).toBe(14000);
  });

  it('adds each started kilogram above 2 kg', () => {
    expect(estimateCourierFee('pathao', 'Dhaka', 3200)).toBe(9000 + 2 * 1500);
    expect(estimateCourierFee('pathao', 'Sylhet', 2100)).toBe(16000 + 2500);
  });

  it('never prices Steadfast under its ৳80 minimum', () => {
    expect(estimateCourierFee('steadfast', 'Dhaka', 300)).toBe(8000);
    expect(estimateCourierFee('steadfast', 'Dhaka', 1500)).toBe(9000);
  });
});
