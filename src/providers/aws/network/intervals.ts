/**
 * Sets of integers as sorted, disjoint, inclusive intervals. Address sets (IPv4, IPv6 as
 * bigint) and port sets use the same arithmetic: union, intersection, difference, coverage.
 */
export interface Interval {
  readonly start: bigint;
  readonly end: bigint;
}

export class IntervalSet {
  private constructor(readonly intervals: readonly Interval[]) {}

  static readonly EMPTY = new IntervalSet([]);

  static of(...items: readonly Interval[]): IntervalSet {
    const sorted = items.filter((i) => i.start <= i.end).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    const out: Interval[] = [];
    for (const i of sorted) {
      const last = out.at(-1);
      if (last && i.start <= last.end + 1n) out[out.length - 1] = { start: last.start, end: i.end > last.end ? i.end : last.end };
      else out.push(i);
    }
    return new IntervalSet(out);
  }

  static range(start: bigint | number, end: bigint | number): IntervalSet {
    return IntervalSet.of({ start: BigInt(start), end: BigInt(end) });
  }

  get empty(): boolean {
    return this.intervals.length === 0;
  }

  union(other: IntervalSet): IntervalSet {
    return IntervalSet.of(...this.intervals, ...other.intervals);
  }

  intersect(other: IntervalSet): IntervalSet {
    const out: Interval[] = [];
    for (const a of this.intervals) {
      for (const b of other.intervals) {
        const start = a.start > b.start ? a.start : b.start;
        const end = a.end < b.end ? a.end : b.end;
        if (start <= end) out.push({ start, end });
      }
    }
    return IntervalSet.of(...out);
  }

  minus(other: IntervalSet): IntervalSet {
    let rest: Interval[] = [...this.intervals];
    for (const b of other.intervals) {
      rest = rest.flatMap((a) => {
        if (b.end < a.start || b.start > a.end) return [a];
        const parts: Interval[] = [];
        if (b.start > a.start) parts.push({ start: a.start, end: b.start - 1n });
        if (b.end < a.end) parts.push({ start: b.end + 1n, end: a.end });
        return parts;
      });
    }
    return new IntervalSet(rest);
  }

  covers(other: IntervalSet): boolean {
    return other.minus(this).empty;
  }

  has(n: bigint | number): boolean {
    const v = BigInt(n);
    return this.intervals.some((i) => i.start <= v && v <= i.end);
  }
}
