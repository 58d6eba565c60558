/**
 * The dotted path (`address.street`, `variants.1.sku`) of the first string or key in `value` that holds a NUL
 * character, '' when `value` itself is such a string, or undefined when there is none. Postgres refuses NUL in text,
 * so a NUL that got this far would end as a 500; it is never meaningful in our inputs. Iterative, so a deeply nested
 * body cannot overflow the stack.
 */
export function nulBytePath(value: unknown): string | undefined {
  const pending: [unknown, string][] = [[value, '']];
  while (pending.length > 0) {
    const [current, path] = pending.pop()!;
    if (typeof current === 'string') {
      if (current.includes('\u0000')) return path;
      continue;
    }
    if (typeof current !== 'object' || current === null || ArrayBuffer.isView(current)) continue;
    const entries = Array.isArray(current)
      ? current.map((v, i) => [String(i), v] as const)
      : Object.entries(current);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i]!;
      const childPath = path ? `${path}.${key}` : key;
      if (key.includes('\u0000')) return childPath;
      pending.push([child, childPath]);
    }
  }
  return undefined;
}
