import { takaToPoisha } from '@getit/contracts';
import { CsvRecord, CsvSyntaxError, parseCsv } from './csv-parser';

/** One bad cell of an import, by CSV line (the header is line 1) and column name. */
export interface ImportCellError {
  line: number;
  column: string;
  reason: string;
}

/** A product as the file describes it: still unchecked against the schema and its category's attributes. */
export interface ImportedProduct {
  handle: string;
  line: number;
  /** The CSV line of each variant, in order. */
  variantLines: number[];
  input: {
    slug: string;
    title: { en?: string; bn?: string };
    description?: { en?: string; bn?: string };
    brand?: string;
    categorySlug: string;
    attributes: Record<string, string>;
    images: { url: string; alt: { en: string; bn?: string } }[];
    variants: {
      sku: string;
      options: Record<string, string>;
      price: { amountPoisha: number; compareAtPoisha?: number };
      weightGrams: number;
    }[];
  };
}

/** `title_en` or `title_bn` (or both) per product: a product may be listed with a Bangla title only. */
export const REQUIRED_COLUMNS = ['handle', 'category', 'sku', 'price', 'weight_grams'] as const;
export const OPTIONAL_COLUMNS = [
  'title_en',
  'title_bn',
  'description_en',
  'description_bn',
  'brand',
  'images',
  'attributes',
  'options',
  'compare_at_price',
] as const;
const PRODUCT_COLUMNS = [
  'title_en',
  'title_bn',
  'description_en',
  'description_bn',
  'brand',
  'category',
  'images',
  'attributes',
] as const;
const KNOWN = new Set<string>([...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS]);
const HANDLE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type Row = Record<string, string>;

/** `colour=Red; size=M` → { colour: 'Red', size: 'M' }. */
function readPairs(
  cell: string,
  line: number,
  column: string,
  errors: ImportCellError[],
): Record<string, string> {
  const pairs: Record<string, string> = {};
  for (const part of cell
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const at = part.indexOf('=');
    const key = at > 0 ? part.slice(0, at).trim() : '';
    const value = at > 0 ? part.slice(at + 1).trim() : '';
    if (!key || !value) errors.push({ line, column, reason: `"${part}" must look like key=value` });
    else if (key in pairs) errors.push({ line, column, reason: `names "${key}" twice` });
    else pairs[key] = value;
  }
  return pairs;
}

function readHeader(record: CsvRecord | undefined, errors: ImportCellError[]): string[] | undefined {
  if (!record) {
    errors.push({
      line: 1,
      column: '(file)',
      reason: 'the file is empty: it needs a header row and product rows',
    });
    return undefined;
  }
  const header = record.fields.map((name) => name.trim().toLowerCase());
  for (const name of header) {
    if (!KNOWN.has(name))
      errors.push({
        line: 1,
        column: name || '(blank)',
        reason: `is not a column (known: ${[...KNOWN].join(', ')})`,
      });
  }
  for (const name of REQUIRED_COLUMNS) {
    if (!header.includes(name)) errors.push({ line: 1, column: name, reason: 'is a required column' });
  }
  if (!header.includes('title_en') && !header.includes('title_bn'))
    errors.push({ line: 1, column: 'title_en', reason: 'a title_en or a title_bn column is required' });
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) errors.push({ line: 1, column: name, reason: 'appears twice' });
    seen.add(name);
  }
  return errors.length ? undefined : header;
}

function readVariant(
  row: Row,
  line: number,
  errors: ImportCellError[],
): ImportedProduct['input']['variants'][0] {
  const price = takaToPoisha(row['price'] ?? '');
  if (price === undefined || price < 1)
    errors.push({
      line,
      column: 'price',
      reason: 'must be a positive taka amount with at most 2 decimals, e.g. 1250.50',
    });
  const compareAt = row['compare_at_price'] ? takaToPoisha(row['compare_at_price']) : undefined;
  if (row['compare_at_price'] && compareAt === undefined)
    errors.push({
      line,
      column: 'compare_at_price',
      reason: 'must be a taka amount with at most 2 decimals',
    });
  const weight = row['weight_grams'] ?? '';
  if (!/^\d{1,7}$/.test(weight) || Number(weight) < 1)
    errors.push({ line, column: 'weight_grams', reason: 'must be a whole number of grams, at least 1' });
  return {
    sku: row['sku'] ?? '',
    options: readPairs(row['options'] ?? '', line, 'options', errors),
    price: { amountPoisha: price ?? 0, ...(compareAt !== undefined ? { compareAtPoisha: compareAt } : {}) },
    weightGrams: Number(weight),
  };
}

function readProduct(row: Row, handle: string, line: number, errors: ImportCellError[]): ImportedProduct {
  const optional = (column: string) => row[column] || undefined;
  const title = {
    ...(optional('title_en') ? { en: row['title_en'] } : {}),
    ...(optional('title_bn') ? { bn: row['title_bn'] } : {}),
  };
  // An image's alt text needs an English line; a Bangla-only product's pictures carry the Bangla title in both.
  // (with neither title the handle stands in, so the one error reported is the missing title)
  const alt = { en: title.en ?? title.bn ?? handle, ...(title.bn ? { bn: title.bn } : {}) };
  const description =
    optional('description_en') || optional('description_bn')
      ? { en: optional('description_en'), bn: optional('description_bn') }
      : undefined;
  const images = (row['images'] ?? '')
    .split('|')
    .map((url) => url.trim())
    .filter(Boolean)
    .map((url) => ({ url, alt }));
  return {
    handle,
    line,
    variantLines: [],
    input: {
      slug: handle,
      title,
      ...(description ? { description } : {}),
      ...(optional('brand') ? { brand: row['brand'] } : {}),
      categorySlug: row['category'] ?? '',
      attributes: readPairs(row['attributes'] ?? '', line, 'attributes', errors),
      images,
      variants: [],
    },
  };
}

/**
 * Reads a vendor's product CSV: one row per variant, rows sharing a `handle` are one product (the handle becomes
 * its slug). Product columns are read from a product's first row; later rows may repeat them or leave them empty.
 * Prices are in taka ("1250.50"), converted to poisha exactly. Reports every bad cell rather than the first.
 */
export function readProductCsv(
  text: string,
  limits: { maxRows: number },
): { products: ImportedProduct[]; errors: ImportCellError[] } {
  const errors: ImportCellError[] = [];
  let records: CsvRecord[];
  try {
    records = parseCsv(text);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    return { products: [], errors: [{ line: error.line, column: '(file)', reason: error.message }] };
  }
  const header = readHeader(records[0], errors);
  if (!header) return { products: [], errors };
  const rows = records.slice(1);
  if (rows.length === 0) errors.push({ line: 2, column: '(file)', reason: 'the file has no product rows' });
  if (rows.length > limits.maxRows)
    errors.push({
      line: limits.maxRows + 2,
      column: '(file)',
      reason: `at most ${limits.maxRows} rows per import`,
    });
  if (errors.length) return { products: [], errors };

  const products = new Map<string, ImportedProduct>();
  const firstRows = new Map<string, Row>();
  for (const { line, fields } of rows) {
    if (fields.length !== header.length) {
      errors.push({
        line,
        column: '(row)',
        reason: `has ${fields.length} fields, the header has ${header.length}`,
      });
      continue;
    }
    const row: Row = Object.fromEntries(header.map((name, i) => [name, fields[i]!.trim()]));
    const handle = row['handle'] ?? '';
    if (!HANDLE.test(handle) || handle.length > 120) {
      errors.push({
        line,
        column: 'handle',
        reason: 'must be lowercase words joined by hyphens, e.g. jamdani-red',
      });
      continue;
    }
    let product = products.get(handle);
    if (!product) {
      product = readProduct(row, handle, line, errors);
      products.set(handle, product);
      firstRows.set(handle, row);
    } else {
      const first = firstRows.get(handle)!;
      for (const column of PRODUCT_COLUMNS) {
        if (row[column] && first[column] !== row[column])
          errors.push({
            line,
            column,
            reason: `differs from line ${product.line}, the product's first row: leave it empty or repeat it`,
          });
      }
    }
    product.variantLines.push(line);
    product.input.variants.push(readVariant(row, line, errors));
  }
  return { products: [...products.values()], errors };
}
