import { z } from 'zod';
import { parseOrThrow } from './parse-or-throw';
import { ValidationException } from './validation.exception';

function rejection(
  schema: z.ZodType,
  input: unknown,
  where?: 'body' | 'query' | 'params',
): ValidationException {
  try {
    parseOrThrow(schema, input, where);
  } catch (error) {
    if (error instanceof ValidationException) return error;
    throw error;
  }
  throw new Error('expected parseOrThrow to throw');
}

const product = z
  .object({
    title: z.string().min(1),
    quantity: z.number().int().min(1),
    address: z.object({ district: z.string(), upazila: z.string().optional() }),
    variants: z.array(z.object({ sku: z.string(), price: z.number().int().positive() })).min(1),
    condition: z.enum(['new', 'used']),
  })
  .strict();

const valid = {
  title: 'Walton fridge',
  quantity: 2,
  address: { district: 'Dhaka' },
  variants: [{ sku: 'WF-1', price: 4500000 }],
  condition: 'new',
};

describe('parseOrThrow', () => {
  it('returns the typed, parsed value', () => {
    const parsed = parseOrThrow(z.object({ page: z.coerce.number().int().default(1) }), {}, 'query');
    const page: number = parsed.page;

    expect(page).toBe(1);
    expect(parseOrThrow(product, valid, 'body')).toEqual(valid);
  });

  it('reports every problem with a dotted path and a readable reason', () => {
    const error = rejection(
      product,
      {
        title: '',
        quantity: 1.5,
        address: {},
        variants: [{ sku: 'WF-1', price: 0 }, { price: 'cheap' }],
        condition: 'refurbished',
      },
      'body',
    );

    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.detail).toBe('The request body is invalid.');
    expect(error.fieldErrors).toEqual([
      { field: 'title', reason: 'must not be empty' },
      { field: 'quantity', reason: 'must be an integer' },
      { field: 'address.district', reason: 'is required' },
      { field: 'variants.0.price', reason: 'must be greater than 0' },
      { field: 'variants.1.sku', reason: 'is required' },
      { field: 'variants.1.price', reason: 'must be a number' },
      { field: 'condition', reason: 'must be one of "new", "used"' },
    ]);
  });

  it('reports each unknown key of a strict object as not allowed', () => {
    const error = rejection(product, { ...valid, vendorId: 'v-1', isFeatured: true });

    expect(error.fieldErrors).toEqual([
      { field: 'vendorId', reason: 'is not allowed' },
      { field: 'isFeatured', reason: 'is not allowed' },
    ]);
  });

  it.each([
    [z.number().min(1), 0, 'must be at least 1'],
    [z.number().max(10), 11, 'must be at most 10'],
    [z.string().min(3), 'ab', 'must be at least 3 characters'],
    [z.string().max(1), 'ab', 'must be at most 1 character'],
    [z.string().length(11), 'ab', 'must be exactly 11 characters'],
    [z.array(z.string()).max(2), ['a', 'b', 'c'], 'must have at most 2 items'],
    [z.array(z.string()).nonempty(), [], 'must not be empty'],
    [z.email(), 'not-mail', 'must be a valid email address'],
    [z.uuid(), 'abc', 'must be a valid UUID'],
    [z.string().regex(/^01\d{9}$/), '123', 'has an invalid format'],
    [z.string().startsWith('SKU-'), 'X', 'must start with "SKU-"'],
    [z.number().multipleOf(5), 7, 'must be a multiple of 5'],
    [z.boolean(), 'yes', 'must be true or false'],
    [z.literal('v1'), 'v2', 'must be "v1"'],
    [z.union([z.string(), z.number()]), true, 'does not match any of the accepted forms'],
    [z.string().refine((value) => value !== 'admin'), 'admin', 'is invalid'],
  ])('explains %#: %j → "%s"', (schema, input, reason) => {
    expect(rejection(z.object({ value: schema }), { value: input }).fieldErrors).toEqual([
      { field: 'value', reason },
    ]);
  });

  it("keeps a schema's own message", () => {
    const schema = z.object({
      phone: z.string().regex(/^01\d{9}$/, 'must be a Bangladeshi mobile number like 01712345678'),
    });

    expect(rejection(schema, { phone: '123' }).fieldErrors).toEqual([
      { field: 'phone', reason: 'must be a Bangladeshi mobile number like 01712345678' },
    ]);
  });

  it.each([
    ['body', 'The request body is missing.'],
    ['query', 'The query string is missing.'],
    ['params', 'The path parameters are missing.'],
  ] as const)('says clearly when the %s is missing', (where, detail) => {
    const error = rejection(product, undefined, where);

    expect(error.detail).toBe(detail);
    expect(error.fieldErrors).toEqual([{ field: where, reason: 'is required' }]);
  });

  it('names a body of the wrong shape after the part it came from', () => {
    const error = rejection(product, 'just text', 'body');

    expect(error.detail).toBe('The request body is invalid.');
    expect(error.fieldErrors).toEqual([{ field: 'body', reason: 'must be an object' }]);
  });

  it('calls the value "input" when no request part is given', () => {
    expect(rejection(z.string(), undefined).fieldErrors).toEqual([{ field: 'input', reason: 'is required' }]);
  });
});
