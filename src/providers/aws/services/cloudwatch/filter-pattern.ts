/**
 * CloudWatch Logs JSON filter patterns (`{ ($.eventName = X) || ($.errorCode = "*Denied") }`):
 * a parser, an evaluator over one event, and a coverage test that decides whether one pattern
 * matches every event another matches. Pure code: the monitoring checks use it to judge what a
 * metric filter really counts, whatever its order, quoting or extra terms.
 */

/** A property selector (`$.userIdentity.type` → `userIdentity.type`) compared with a value. */
export type Comparison =
  | { kind: 'string'; path: string; op: '=' | '!='; value: string }
  | { kind: 'regex'; path: string; op: '=' | '!='; source: string }
  | { kind: 'number'; path: string; op: '=' | '!=' | '<' | '<=' | '>' | '>='; value: number }
  | { kind: 'is'; path: string; value: true | false | null }
  | { kind: 'exists'; path: string; exists: boolean };

export type PatternNode =
  | { kind: 'and'; left: PatternNode; right: PatternNode }
  | { kind: 'or'; left: PatternNode; right: PatternNode }
  | { kind: 'all' }
  | Comparison;

export type ParsedPattern = { ok: true; node: PatternNode } | { ok: false; reason: string };

/** A value a field can hold in a test event; `undefined` means the field is absent. */
type FieldValue = string | number | boolean | null | undefined;
export type TestEvent = ReadonlyMap<string, FieldValue>;

type Token = { t: 'lp' | 'rp' | 'and' | 'or' | 'op' | 'sel' | 'str' | 're' | 'word'; v: string };

const OPS = ['!=', '<=', '>=', '=', '<', '>'];

function tokenize(body: string): Token[] | string {
  const out: Token[] = [];
  let i = 0;
  while (i < body.length) {
    const c = body[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(' || c === ')') {
      out.push({ t: c === '(' ? 'lp' : 'rp', v: c });
      i++;
    } else if (body.startsWith('&&', i) || body.startsWith('||', i)) {
      out.push({ t: c === '&' ? 'and' : 'or', v: body.slice(i, i + 2) });
      i += 2;
    } else if (c === '$') {
      const m = /^\$[^\s()=!<>&|]*/.exec(body.slice(i))!;
      out.push({ t: 'sel', v: m[0] });
      i += m[0].length;
    } else if (OPS.some((o) => body.startsWith(o, i))) {
      const op = OPS.find((o) => body.startsWith(o, i))!;
      out.push({ t: 'op', v: op });
      i += op.length;
    } else if (c === '"') {
      let s = '';
      let j = i + 1;
      for (; j < body.length && body[j] !== '"'; j++) s += body[j] === '\\' && j + 1 < body.length ? body[++j] : body[j];
      if (j >= body.length) return 'an unterminated quoted string';
      out.push({ t: 'str', v: s });
      i = j + 1;
    } else if (c === '%') {
      const end = body.indexOf('%', i + 1);
      if (end < 0) return 'an unterminated %regex%';
      out.push({ t: 're', v: body.slice(i + 1, end) });
      i = end + 1;
    } else {
      // An unquoted value runs to the next parenthesis or logical operator, so that
      // `($.errorMessage = Failed authentication)` keeps its space, as CloudWatch reads it.
      let j = i;
      while (j < body.length && !'()'.includes(body[j]!) && !body.startsWith('&&', j) && !body.startsWith('||', j)) j++;
      out.push({ t: 'word', v: body.slice(i, j).trim() });
      i = j;
    }
  }
  return out;
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): PatternNode {
    const node = this.or();
    if (this.i < this.tokens.length) throw new Error(`unexpected "${this.tokens[this.i]!.v}"`);
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private next(): Token {
    const t = this.tokens[this.i++];
    if (!t) throw new Error('the pattern ends too early');
    return t;
  }

  // `&&` binds tighter than `||`, as in most expression languages. The benchmark's own
  // patterns give the same coverage under left-to-right reading too.
  private or(): PatternNode {
    let left = this.and();
    while (this.peek()?.t === 'or') {
      this.i++;
      left = { kind: 'or', left, right: this.and() };
    }
    return left;
  }

  private and(): PatternNode {
    let left = this.unary();
    while (this.peek()?.t === 'and') {
      this.i++;
      left = { kind: 'and', left, right: this.unary() };
    }
    return left;
  }

  private unary(): PatternNode {
    const t = this.next();
    if (t.t === 'lp') {
      const inner = this.or();
      if (this.peek()?.t !== 'rp') throw new Error('a parenthesis is not closed');
      this.i++;
      return inner;
    }
    if (t.t !== 'sel') throw new Error(`expected a $.selector, found "${t.v}"`);
    const path = t.v.replace(/^\$\.?/, '');
    const after = this.next();
    if (after.t === 'word') return keywordComparison(path, after.v);
    if (after.t !== 'op') throw new Error(`expected an operator after ${t.v}`);
    const value = this.next();
    const op = after.v as '=' | '!=' | '<' | '<=' | '>' | '>=';
    if (value.t === 're') {
      if (op !== '=' && op !== '!=') throw new Error(`${op} cannot compare with a regular expression`);
      return { kind: 'regex', path, op, source: value.v };
    }
    if (value.t !== 'str' && value.t !== 'word') throw new Error(`expected a value after ${t.v} ${op}`);
    const numeric = value.t === 'word' && /^-?\d+(\.\d+)?$/.test(value.v);
    if (op !== '=' && op !== '!=') {
      if (!numeric) throw new Error(`${op} needs a number`);
      return { kind: 'number', path, op, value: Number(value.v) };
    }
    return numeric ? { kind: 'number', path, op, value: Number(value.v) } : { kind: 'string', path, op, value: value.v };
  }
}

function keywordComparison(path: string, words: string): Comparison {
  const w = words.toUpperCase().split(/\s+/).join(' ');
  if (w === 'IS TRUE') return { kind: 'is', path, value: true };
  if (w === 'IS FALSE') return { kind: 'is', path, value: false };
  if (w === 'IS NULL') return { kind: 'is', path, value: null };
  if (w === 'NOT EXISTS') return { kind: 'exists', path, exists: false };
  if (w === 'EXISTS') return { kind: 'exists', path, exists: true };
  throw new Error(`unknown test "${words}"`);
}

/**
 * Parse a filter pattern. An empty pattern matches every event. Patterns that are not JSON
 * patterns (terms, space-delimited) cannot be judged field by field and come back unparsed.
 */
export function parseFilterPattern(pattern: string): ParsedPattern {
  const text = pattern.trim();
  if (text === '') return { ok: true, node: { kind: 'all' } };
  if (!text.startsWith('{') || !text.endsWith('}')) return { ok: false, reason: 'not a JSON filter pattern' };
  const tokens = tokenize(text.slice(1, -1));
  if (typeof tokens === 'string') return { ok: false, reason: tokens };
  if (!tokens.length) return { ok: false, reason: 'an empty JSON pattern' };
  try {
    return { ok: true, node: new Parser(tokens).parse() };
  } catch (err) {
    return { ok: false, reason: (err as Error).message };
  }
}

/** `*` matches any run of characters; everything else is literal and case-sensitive. */
function wildcardMatch(pattern: string, value: string): boolean {
  if (!pattern.includes('*')) return pattern === value;
  const re = new RegExp(`^${pattern.split('*').map(escapeRe).join('.*')}$`, 's');
  return re.test(value);
}

function escapeRe(s: string): string {
  return s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

function compare(c: Comparison, v: FieldValue): boolean {
  switch (c.kind) {
    case 'exists':
      return (v !== undefined) === c.exists;
    case 'is':
      return v !== undefined && v === c.value;
    case 'string': {
      // A missing field satisfies neither `=` nor `!=`: the condition needs the field.
      if (v === undefined || v === null || typeof v === 'boolean') return false;
      const hit = wildcardMatch(c.value, String(v));
      return c.op === '=' ? hit : !hit;
    }
    case 'regex': {
      if (typeof v !== 'string') return false;
      let hit: boolean;
      try {
        hit = new RegExp(c.source).test(v);
      } catch {
        hit = false;
      }
      return c.op === '=' ? hit : !hit;
    }
    case 'number': {
      const n = typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : undefined;
      if (n === undefined) return false;
      const ops = { '=': n === c.value, '!=': n !== c.value, '<': n < c.value, '<=': n <= c.value, '>': n > c.value, '>=': n >= c.value };
      return ops[c.op];
    }
  }
}

export function matches(node: PatternNode, event: TestEvent): boolean {
  switch (node.kind) {
    case 'all':
      return true;
    case 'and':
      return matches(node.left, event) && matches(node.right, event);
    case 'or':
      return matches(node.left, event) || matches(node.right, event);
  }
  return compare(node, event.get(node.path));
}

function comparisons(node: PatternNode, out: Comparison[] = []): Comparison[] {
  if (node.kind === 'and' || node.kind === 'or') {
    comparisons(node.left, out);
    comparisons(node.right, out);
  } else if (node.kind !== 'all') out.push(node);
  return out;
}

/**
 * Values worth trying for each field: every constant either pattern names, with its
 * wildcards filled in two ways and glued pairwise (so a value can hit a prefix and a suffix
 * pattern at once), numbers either side of each bound, the JSON literals, an unrelated
 * string, and the field being absent. Two patterns that agree on all of these agree on
 * every event, because each comparison only sees its own field's value.
 */
function witnesses(cs: readonly Comparison[]): Map<string, FieldValue[]> {
  const byPath = new Map<string, Set<FieldValue>>();
  const add = (path: string, v: FieldValue): void => {
    let s = byPath.get(path);
    if (!s) byPath.set(path, (s = new Set<FieldValue>([undefined, 'annexa-unrelated-value'])));
    s.add(v);
  };
  const globs = new Map<string, string[]>();
  for (const c of cs) {
    add(c.path, undefined);
    if (c.kind === 'string') {
      add(c.path, c.value.replaceAll('*', ''));
      add(c.path, c.value.replaceAll('*', 'x'));
      if (c.value.includes('*')) globs.set(c.path, [...(globs.get(c.path) ?? []), c.value]);
    } else if (c.kind === 'number') {
      for (const n of [c.value - 1, c.value, c.value + 1]) add(c.path, n);
    } else if (c.kind === 'is') {
      for (const v of [true, false, null]) add(c.path, v);
    }
  }
  for (const [path, gs] of globs) for (const a of gs) for (const b of gs) add(path, a.replace(/\*+$/, '') + b.replace(/^\*+/, ''));
  return new Map([...byPath].map(([p, s]) => [p, [...s]]));
}

/** More combinations than this and the coverage question is left unanswered. */
const MAX_EVENTS = 200_000;

export type Coverage = { covers: true } | { covers: false; missed: Record<string, FieldValue> } | { covers: 'unknown'; reason: string };

/**
 * Does `filter` match every event that `required` matches? Decided by trying every
 * combination of witness values over the fields either pattern reads. On a miss, returns one
 * event the filter lets through uncounted (absent fields left out).
 */
export function coversPattern(filter: PatternNode, required: PatternNode): Coverage {
  const byPath = witnesses([...comparisons(filter), ...comparisons(required)]);
  const paths = [...byPath.keys()].sort();
  const total = paths.reduce((n, p) => n * byPath.get(p)!.length, 1);
  if (total > MAX_EVENTS) return { covers: 'unknown', reason: `the pattern reads too many field values (${total} combinations)` };
  const event = new Map<string, FieldValue>();
  const walk = (k: number): Record<string, FieldValue> | undefined => {
    if (k === paths.length) {
      if (!matches(required, event) || matches(filter, event)) return undefined;
      return Object.fromEntries([...event].filter(([, v]) => v !== undefined));
    }
    for (const v of byPath.get(paths[k]!)!) {
      event.set(paths[k]!, v);
      const missed = walk(k + 1);
      if (missed) return missed;
    }
    return undefined;
  };
  const missed = walk(0);
  return missed ? { covers: false, missed } : { covers: true };
}
