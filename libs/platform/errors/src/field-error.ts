/** One invalid input field: `{ field: 'variants.0.price', reason: 'must be at least 1' }`. */
export interface FieldError {
  field: string;
  reason: string;
}
