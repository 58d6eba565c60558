/** The shape of a demo product and helpers to write many of them briefly. */
export type Attrs = Record<string, string | number>;
export interface Variant {
  options?: Attrs;
  taka: number;
  compareAt?: number;
  grams: number;
}
export interface DemoProduct {
  en: string;
  bn: string;
  brand: string;
  category: string;
  attributes?: Attrs;
  variants: Variant[];
}

export const each = <T>(items: T[], fn: (item: T, i: number) => DemoProduct | DemoProduct[]) =>
  items.flatMap(fn);
export const sizes = (names: string[], taka: number, grams: number, compareAt?: number): Variant[] =>
  names.map((size) => ({ options: { size }, taka, compareAt, grams }));
export const packs = (list: [string, number, number][]): Variant[] =>
  list.map(([pack_size, taka, grams]) => ({ options: { pack_size }, taka, grams }));
