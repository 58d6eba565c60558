import { readFileSync } from 'node:fs';
import { get_dmmf } from '@prisma/prisma-schema-wasm';
import { Client } from 'pg';

/**
 * Compares a Prisma schema with the database its SQL migrations produce: tables, columns (type, nullability,
 * arrays), primary keys, unique constraints and indexes. The Prisma CLI's own differ needs a schema engine binary
 * this project cannot download, so the comparison reads the schema through Prisma's WASM DMMF instead.
 */
interface DmmfField {
  name: string;
  dbName: string | null;
  kind: 'scalar' | 'object' | 'enum' | 'unsupported';
  isList: boolean;
  isRequired: boolean;
  type: string;
  nativeType: [string, string[]] | null;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
interface DmmfIndex {
  model: string;
  type: 'id' | 'unique' | 'normal' | 'fulltext';
  fields: { name: string }[];
}
interface DmmfEnum {
  name: string;
  dbName: string | null;
}

const SCALAR_UDT: Record<string, string> = {
  String: 'text',
  Int: 'int4',
  BigInt: 'int8',
  Boolean: 'bool',
  DateTime: 'timestamp',
  Json: 'jsonb',
  Float: 'float8',
  Decimal: 'numeric',
  Bytes: 'bytea',
};
const NATIVE_UDT: Record<string, string> = {
  Uuid: 'uuid',
  Char: 'bpchar',
  VarChar: 'varchar',
  Text: 'text',
  Timestamptz: 'timestamptz',
  Timestamp: 'timestamp',
  Integer: 'int4',
  SmallInt: 'int2',
  BigInt: 'int8',
  JsonB: 'jsonb',
  Json: 'json',
  Date: 'date',
  Citext: 'citext',
  DoublePrecision: 'float8',
};

type Shape = Record<string, string>;

function expectedShape(schemaPath: string): Shape {
  const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: readFileSync(schemaPath, 'utf8') })));
  const models = dmmf.datamodel.models as DmmfModel[];
  const enums = new Map((dmmf.datamodel.enums as DmmfEnum[]).map((e) => [e.name, e.dbName ?? e.name]));
  const shape: Shape = {};
  const tableOf = new Map(models.map((m) => [m.name, m.dbName ?? m.name]));
  const columnOf = new Map<string, string>();
  for (const model of models) {
    const table = tableOf.get(model.name)!;
    shape[`table ${table}`] = 'exists';
    for (const field of model.fields) {
      if (field.kind === 'object') continue;
      const column = field.dbName ?? field.name;
      columnOf.set(`${model.name}.${field.name}`, column);
      const base =
        field.kind === 'enum'
          ? enums.get(field.type)!
          : field.nativeType
            ? (NATIVE_UDT[field.nativeType[0]] ?? field.nativeType[0].toLowerCase())
            : SCALAR_UDT[field.type];
      shape[`column ${table}.${column}`] =
        `${field.isList ? '_' : ''}${base} ${field.isRequired || field.isList ? 'not null' : 'null'}`;
    }
  }
  for (const index of dmmf.datamodel.indexes as DmmfIndex[]) {
    const table = tableOf.get(index.model)!;
    const columns = index.fields.map((f) => columnOf.get(`${index.model}.${f.name}`) ?? f.name).join(',');
    const kind = index.type === 'id' ? 'primary key' : index.type === 'unique' ? 'unique' : 'index';
    shape[`${kind} ${table}(${columns})`] = 'exists';
  }
  return shape;
}

async function actualShape(databaseUrl: string, ignoreTables: string[]): Promise<Shape> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const shape: Shape = {};
    const columns = await client.query<{
      table_name: string;
      column_name: string;
      udt_name: string;
      is_nullable: string;
    }>(
      `SELECT c.table_name, c.column_name, c.udt_name, c.is_nullable
         FROM information_schema.columns c
         JOIN information_schema.tables t USING (table_schema, table_name)
        WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'`,
    );
    for (const row of columns.rows) {
      if (ignoreTables.includes(row.table_name)) continue;
      shape[`table ${row.table_name}`] = 'exists';
      shape[`column ${row.table_name}.${row.column_name}`] =
        `${row.udt_name} ${row.is_nullable === 'YES' ? 'null' : 'not null'}`;
    }
    const indexes = await client.query<{
      table_name: string;
      primary: boolean;
      unique: boolean;
      columns: string;
    }>(
      `SELECT t.relname AS table_name, ix.indisprimary AS primary, ix.indisunique AS unique,
              string_agg(a.attname, ',' ORDER BY k.ord) AS columns
         FROM pg_index ix
         JOIN pg_class t ON t.oid = ix.indrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
         CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
        WHERE ix.indpred IS NULL
        GROUP BY t.relname, ix.indexrelid, ix.indisprimary, ix.indisunique`,
    );
    for (const row of indexes.rows) {
      if (ignoreTables.includes(row.table_name)) continue;
      const kind = row.primary ? 'primary key' : row.unique ? 'unique' : 'index';
      shape[`${kind} ${row.table_name}(${row.columns})`] = 'exists';
    }
    return shape;
  } finally {
    await client.end();
  }
}

/**
 * Lists every difference between the schema and a migrated database, as "what: schema says X, database has Y".
 * Partial indexes (with a WHERE clause) are database-only tuning Prisma cannot express, so they are not compared.
 */
export async function findPrismaDrift(
  schemaPath: string,
  databaseUrl: string,
  // the record tables of node-pg-migrate: the service's own, and the messaging library's (ADR 0015)
  { ignoreTables = ['pgmigrations', 'messaging_migrations'] }: { ignoreTables?: string[] } = {},
): Promise<string[]> {
  const expected = expectedShape(schemaPath);
  const actual = await actualShape(databaseUrl, ignoreTables);
  const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
  return keys
    .filter((key) => expected[key] !== actual[key])
    .map(
      (key) => `${key}: schema says ${expected[key] ?? 'nothing'}, database has ${actual[key] ?? 'nothing'}`,
    );
}
