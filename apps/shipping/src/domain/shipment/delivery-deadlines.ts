/**
 * The Digital Commerce Operation Guidelines 2021: hand a package to the courier within 48 hours of payment, and
 * deliver within 5 days in the same city or 10 days elsewhere. Our pickup hub is in Dhaka, so "same city" is a
 * destination in Dhaka district.
 */
export function deliveryDeadlines(
  paidAt: Date,
  destinationDistrict: string,
): { handoverDueAt: Date; deliveryDueAt: Date } {
  const hour = 3600_000;
  const sameCity = destinationDistrict.trim().toLowerCase() === 'dhaka';
  return {
    handoverDueAt: new Date(paidAt.getTime() + 48 * hour),
    deliveryDueAt: new Date(paidAt.getTime() + (sameCity ? 5 : 10) * 24 * hour),
  };
}
