import { toImportCell } from './import-cell';
import { readProductCsv } from './product-csv.reader';

const header = 'handle,title_en,category,attributes,options,sku,price,weight_grams';

describe('readProductCsv', () => {
  it('groups rows by handle into products with one variant per row', () => {
    const { products, errors } = readProductCsv(
      `${header}\njamdani,Jamdani,sarees,saree_type=Jamdani,colour=Red,J-R,"12,500",650\njamdani,,,,colour=Blue,J-B,12500.50,650\nlungi,Lungi,lungi,,,L-1,650,300`,
      { maxRows: 10 },
    );
    expect(errors).toEqual([]);
    expect(products.map((p) => [p.handle, p.line, p.variantLines])).toEqual([
      ['jamdani', 2, [2, 3]],
      ['lungi', 4, [4]],
    ]);
    expect(products[0]!.input).toMatchObject({
      slug: 'jamdani',
      categorySlug: 'sarees',
      attributes: { saree_type: 'Jamdani' },
      variants: [
        { sku: 'J-R', options: { colour: 'Red' }, price: { amountPoisha: 1_250_000 }, weightGrams: 650 },
        { sku: 'J-B', options: { colour: 'Blue' }, price: { amountPoisha: 1_250_050 } },
      ],
    });
  });

  it('flags product columns that disagree with the product’s first row', () => {
    const { errors } = readProductCsv(`${header}\nx,Shirt,shirts,,,A,1,1\nx,Other,shirts,,,B,1,1`, {
      maxRows: 10,
    });
    expect(errors).toEqual([
      { line: 3, column: 'title_en', reason: expect.stringContaining('differs from line 2') },
    ]);
  });

  it('refuses too many rows, ragged rows and malformed pairs', () => {
    expect(
      readProductCsv(`${header}\n${'x,T,lungi,,,A,1,1\n'.repeat(3)}`, { maxRows: 2 }).errors[0],
    ).toMatchObject({
      column: '(file)',
      reason: 'at most 2 rows per import',
    });
    const { errors } = readProductCsv(`${header}\nx,T,lungi,,,A,1\ny,T,lungi,pattern,,B,1,1`, {
      maxRows: 10,
    });
    expect(errors).toEqual([
      { line: 2, column: '(row)', reason: 'has 7 fields, the header has 8' },
      { line: 3, column: 'attributes', reason: '"pattern" must look like key=value' },
    ]);
  });
});

describe('toImportCell', () => {
  it('puts variant errors on the variant’s line and product errors on the first line', () => {
    const [product] = readProductCsv(`${header}\nx,T,shirts,,size=M,A,1,1\nx,,,,size=L,B,1,1`, {
      maxRows: 9,
    }).products;
    expect(toImportCell(product!, { field: 'variants.1.price.compareAtPoisha', reason: 'r' })).toEqual({
      line: 3,
      column: 'compare_at_price',
      reason: 'r',
    });
    expect(toImportCell(product!, { field: 'variants.1.options.size', reason: 'r' })).toEqual({
      line: 3,
      column: 'options',
      reason: 'size: r',
    });
    expect(toImportCell(product!, { field: 'title.en', reason: 'r' })).toEqual({
      line: 2,
      column: 'title_en',
      reason: 'r',
    });
    expect(toImportCell(product!, { field: 'categorySlug', reason: 'r' })).toEqual({
      line: 2,
      column: 'category',
      reason: 'r',
    });
  });
});

describe('readProductCsv, Bangla-only products', () => {
  it('reads a file with a title_bn column and no title_en', () => {
    const { products, errors } = readProductCsv(
      'handle,title_bn,category,sku,price,weight_grams\njamdani-shari,জামদানি শাড়ি,sarees,J-1,12500,650\n',
      { maxRows: 10 },
    );
    expect(errors).toEqual([]);
    expect(products[0]!.input.title).toEqual({ bn: 'জামদানি শাড়ি' });
  });

  it('asks for a title column when there is neither', () => {
    const { errors } = readProductCsv('handle,category,sku,price,weight_grams\nx,sarees,J-1,1,1\n', {
      maxRows: 10,
    });
    expect(errors).toEqual([expect.objectContaining({ line: 1, column: 'title_en' })]);
  });
});
