import { flattenCategoryTree } from './attribute-definition';
import { CategoryIndex } from './category-index';
import { CATEGORY_TREE } from './category-tree.data';

const records = flattenCategoryTree(CATEGORY_TREE);
const index = new CategoryIndex(records);

describe('the category tree', () => {
  it('has unique slugs usable in URLs, and a Bangla name for every category', () => {
    const slugs = records.map((r) => r.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const record of records) {
      expect(record.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(record.name.bn).toMatch(/[\u0980-\u09FF]/);
    }
  });

  it('covers a Bangladeshi marketplace: sarees, panjabi, lungi, phones, TVs, groceries, books', () => {
    for (const slug of [
      'sarees',
      'salwar-kameez',
      'panjabi',
      'lungi',
      'smartphones',
      'tvs',
      'rice',
      'fiction',
    ])
      expect(index.get(slug)).toBeDefined();
    expect(index.get('sarees')!.path).toEqual(['fashion', 'women', 'sarees']);
  });

  it('gives every enum options and keeps keys unique within a category', () => {
    for (const record of records) {
      const keys = record.attributes.map((a) => a.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const attribute of record.attributes) {
        expect(attribute.key).toMatch(/^[a-z][a-z0-9_]{0,39}$/);
        if (attribute.type === 'enum') expect(attribute.options?.length).toBeGreaterThan(1);
      }
    }
  });

  it('inherits definitions down the tree, root first, a nearer definition winning', () => {
    const smartphones = index.attributesOf('smartphones');
    expect(smartphones.map((a) => `${a.definedBy}:${a.key}`)).toEqual([
      'electronics:warranty_months',
      'mobile-phones:colour',
      'mobile-phones:network',
      'smartphones:storage',
      'smartphones:ram',
      'smartphones:screen_size',
    ]);
  });

  it('lists depth first and knows leaves', () => {
    const order = index.depthFirst().map((r) => r.slug);
    expect(order.indexOf('electronics')).toBeLessThan(order.indexOf('smartphones'));
    expect(order.indexOf('smartphones')).toBeLessThan(order.indexOf('fashion'));
    expect(index.isLeaf('sarees')).toBe(true);
    expect(index.isLeaf('women')).toBe(false);
  });
});
