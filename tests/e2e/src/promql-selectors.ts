/** One vector selector of a PromQL expression: `name{label op "value", ...}`. */
export interface Selector {
  name: string;
  matchers: { label: string; op: '=' | '!=' | '=~' | '!~'; value: string }[];
}

/** What an expression selects and the labels it groups or joins by. */
export interface Selected {
  selectors: Selector[];
  /** Labels named in by/without/on/ignoring/group_left/group_right clauses. */
  groupingLabels: string[];
}

const GROUPING = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right']);
const KEYWORDS = new Set(['and', 'or', 'unless', 'bool', 'offset', 'inf', 'nan', 'atan2']);
/** Aggregation operators, which may be followed by `by (...)` before their parenthesis. */
const AGGREGATIONS = new Set([
  'sum',
  'min',
  'max',
  'avg',
  'count',
  'stddev',
  'stdvar',
  'topk',
  'bottomk',
  'quantile',
  'count_values',
  'group',
  'limitk',
  'limit_ratio',
]);

/**
 * The vector selectors and grouping labels of a PromQL expression: a small scanner, not a full parser, enough for
 * rules and dashboards (strings, ranges, function calls, aggregations with by/without before or after their
 * argument, binary operators with on/ignoring/group_*).
 */
export function selectorsOf(expr: string): Selected {
  const selectors: Selector[] = [];
  const groupingLabels: string[] = [];
  let i = 0;
  const skipString = () => {
    const quote = expr[i++];
    while (i < expr.length && expr[i] !== quote) i += expr[i] === '\\' ? 2 : 1;
    i++;
  };
  const skipSpaces = () => {
    while (/\s/.test(expr[i] ?? '')) i++;
  };
  const readUntil = (close: string): string => {
    const start = i;
    while (i < expr.length && expr[i] !== close) {
      if (expr[i] === '"' || expr[i] === "'" || expr[i] === '`') skipString();
      else i++;
    }
    return expr.slice(start, i++);
  };
  while (i < expr.length) {
    const c = expr[i]!;
    if (c === '"' || c === "'" || c === '`') {
      skipString();
    } else if (c === '[') {
      readUntil(']');
    } else if (c === '{') {
      i++;
      selectors.push({ name: '', matchers: matchersOf(readUntil('}')) });
    } else if (/[0-9.]/.test(c)) {
      while (/[0-9a-zA-Z_.]/.test(expr[i] ?? '')) i++; // numbers and durations (5m, 1e3)
    } else if (/[a-zA-Z_:]/.test(c)) {
      const start = i;
      while (/[a-zA-Z0-9_:]/.test(expr[i] ?? '')) i++;
      const word = expr.slice(start, i);
      skipSpaces();
      if (GROUPING.has(word.toLowerCase()) && expr[i] === '(') {
        i++;
        groupingLabels.push(
          ...readUntil(')')
            .split(',')
            .map((label) => label.trim())
            .filter(Boolean),
        );
      } else if (
        expr[i] === '(' ||
        [KEYWORDS, GROUPING, AGGREGATIONS].some((set) => set.has(word.toLowerCase()))
      ) {
        continue; // a function, an aggregation or an operator keyword
      } else if (expr[i] === '{') {
        i++;
        selectors.push({ name: word, matchers: matchersOf(readUntil('}')) });
      } else {
        selectors.push({ name: word, matchers: [] });
      }
    } else {
      i++;
    }
  }
  return { selectors, groupingLabels };
}

function matchersOf(body: string): Selector['matchers'] {
  return [...body.matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)\s*(=~|!~|!=|=)\s*"((?:[^"\\]|\\.)*)"/g)].map((m) => ({
    label: m[1]!,
    op: m[2] as Selector['matchers'][number]['op'],
    value: m[3]!,
  }));
}

/** A selector back in PromQL, keeping only the matchers `keep` accepts. */
export function selectorText(selector: Selector, keep: (label: string) => boolean = () => true): string {
  const matchers = selector.matchers.filter((m) => keep(m.label)).map((m) => `${m.label}${m.op}"${m.value}"`); // the value as written: already escaped
  return `${selector.name}{${matchers.join(',')}}`;
}
