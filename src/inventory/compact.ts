/**
 * Keeping collected values small. A scan of 100,000 resources holds every projected value
 * until evaluation, so what each value costs in the heap decides the scan's peak memory:
 *
 * - Strings taken from an SDK answer are often slices of the whole response body (the SDK's
 *   XML parser slices the page's text), and a slice keeps its parent alive: one ARN kept from
 *   a page of 1,000 roles keeps the page's megabytes. `own` copies a string out.
 * - The same values recur across thousands of resources (regions, policy ARNs, actions,
 *   report dates, trust policies): an `Interner` keeps one copy of each and hands it out.
 *
 * Shared values are never mutated: collected state is read-only once collected, and checks
 * are pure functions over it.
 */
import { createHash } from 'node:crypto';

const EMPTY: Readonly<Record<string, never>> = Object.freeze({});

/**
 * A flat copy of `s` that shares no memory with the text it was cut from. JSON's parser
 * builds a new sequential string; slicing or concatenation would not.
 */
export function own(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}

/**
 * One copy of each distinct string or parsed document, for the life of one collector run.
 * Its tables go when the run ends; the shared values stay in the state that holds them.
 */
export class Interner {
  private readonly strings = new Map<string, string>();
  private readonly parsed = new Map<string, unknown>();
  private readonly values = new Map<string, unknown>();

  /** The shared, owned copy of `s`. */
  str(s: string): string {
    let v = this.strings.get(s);
    if (v === undefined) {
      v = own(s);
      this.strings.set(v, v);
    }
    return v;
  }

  /** Each string of a list interned, in a new array. */
  strs(list: readonly string[]): string[] {
    return list.map((s) => this.str(s));
  }

  /**
   * A JSON-like value rebuilt from shared parts: every string interned, every empty object
   * the one frozen `{}` (a policy statement without a Condition has one). Key order is kept,
   * so the value serialises exactly as before.
   */
  json<T>(value: T): T {
    return this.share(value) as T;
  }

  /**
   * The first value seen that serialises as `value` does, itself built from shared parts.
   * For small values that recur across resources (a security group rule allowing all
   * egress is on nearly every group).
   */
  value<T>(value: T): T {
    const key = JSON.stringify(value);
    let v = this.values.get(key);
    if (v === undefined) {
      v = this.json(value);
      this.values.set(key, v);
    }
    return v as T;
  }

  private share(v: unknown): unknown {
    if (typeof v === 'string') return this.str(v);
    if (Array.isArray(v)) return v.map((x) => this.share(x));
    if (v === null || typeof v !== 'object') return v;
    const entries = Object.entries(v);
    if (entries.length === 0 && Object.getPrototypeOf(v) === Object.prototype) return EMPTY;
    return Object.fromEntries(entries.map(([k, x]) => [k, this.share(x)]));
  }

  /**
   * Every string inside `value` (a collector's fresh result) replaced in place by its shared,
   * owned copy; objects keep their identity, so values the collector already shared stay
   * shared, and each is visited once.
   */
  ownStrings<T>(value: T): T {
    const seen = new Set<object>();
    const visit = (v: unknown): void => {
      if (v === null || typeof v !== 'object' || seen.has(v) || Object.isFrozen(v)) return;
      seen.add(v);
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) {
          const x: unknown = v[i];
          if (typeof x === 'string') v[i] = this.str(x);
          else visit(x);
        }
        return;
      }
      if (Object.getPrototypeOf(v) !== Object.prototype) return;
      const o = v as Record<string, unknown>;
      for (const k of Object.keys(o)) {
        const x = o[k];
        if (typeof x === 'string') o[k] = this.str(x);
        else visit(x);
      }
    };
    if (typeof value === 'string') return this.str(value) as T;
    visit(value);
    return value;
  }

  /**
   * The value `parse(text)` gives, parsed once per distinct text. Keyed by a SHA-256 digest
   * so the table holds no copy of the texts (nor the response bodies they are sliced from),
   * and two different documents can never share a value. `kind` keeps documents of different
   * parsers apart. A text that fails to parse throws every time, as it would unshared.
   */
  parse<T>(kind: string, text: string, parse: (text: string) => T): T {
    const key = `${kind}\u0000${createHash('sha256').update(text).digest('base64')}`;
    if (this.parsed.has(key)) return this.parsed.get(key) as T;
    const value = parse(text);
    this.parsed.set(key, value);
    return value;
  }
}
