import { CategoryIndex } from '../categories/category-index';
import { flattenCategoryTree } from '../categories/attribute-definition';
import { CATEGORY_TREE } from '../categories/category-tree.data';
import { checkAttributes } from './product-attributes.rules';

const index = new CategoryIndex(flattenCategoryTree(CATEGORY_TREE));
const check = (
  category: string,
  attributes: Record<string, string | number>,
  variantOptions: Record<string, string | number>[] = [{}],
) => checkAttributes({ category, definitions: index.attributesOf(category), attributes, variantOptions });

describe('checkAttributes', () => {
  it('accepts what the category and its ancestors define, storing enum values as the category spells them', () => {
    const result = check('smartphones', { network: '5g', warranty_months: 12 }, [
      { storage: '128 gb', colour: 'Midnight Black' },
      { storage: '256 GB', colour: 'Midnight Black' },
    ]);
    expect(result.errors).toEqual([]);
    expect(result.attributes).toEqual({ network: '5G', warranty_months: 12 });
    expect(result.variantOptions[0]).toEqual({ storage: '128 GB', colour: 'Midnight Black' });
  });

  it('names an attribute the category does not define', () => {
    expect(check('sarees', { saree_type: 'Jamdani', storage: '64 GB' }).errors).toEqual([
      {
        field: 'attributes.storage',
        reason: expect.stringMatching(
          /^is not an attribute of category "sarees" \(it defines: fabric, colour, saree_type, blouse_piece\)/,
        ),
      },
    ]);
  });

  it('checks types: enum membership, numbers (also written as text), no negatives', () => {
    const errors = check('tvs', { screen_size: -43, resolution: '8K', smart_tv: 'Yes' }).errors;
    expect(errors).toEqual([
      { field: 'attributes.screen_size', reason: 'must not be negative' },
      { field: 'attributes.resolution', reason: 'must be one of: HD, Full HD, 4K UHD' },
    ]);
    expect(check('tvs', { screen_size: '43', resolution: '4K UHD' }).attributes.screen_size).toBe(43);
    expect(check('tvs', { screen_size: 'big', resolution: 'HD' }).errors[0]).toEqual({
      field: 'attributes.screen_size',
      reason: 'must be a number (inch)',
    });
  });

  it('lets only variant attributes differ between variants, and each attribute live in one place', () => {
    const errors = check('panjabi', { size: 'M', fabric: 'Silk' }, [{ size: 'L', fabric: 'Cotton' }]).errors;
    expect(errors).toEqual([
      {
        field: 'variants.0.options.size',
        reason: 'is also set in the product attributes: set it in one place',
      },
      {
        field: 'variants.0.options.fabric',
        reason: 'cannot differ between variants: set it in the product attributes',
      },
    ]);
  });

  it('requires required attributes, a variant one on the product or on every variant', () => {
    expect(check('books', { language: 'Bangla' }).errors).toEqual([
      { field: 'attributes.author', reason: 'is required in category "books"' },
    ]);
    expect(check('panjabi', {}, [{ size: 'M' }, {}]).errors).toEqual([
      { field: 'attributes.size', reason: expect.stringContaining('on every variant') },
    ]);
    expect(check('panjabi', { size: 'Free Size' }).errors).toEqual([]);
  });
});
