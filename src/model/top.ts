/**
 * The first `n` values in `order` among those added, and how many were added: what a summary, gate or report lists
 * of a result too large to sort whole. Holds at most `n` values; equal values keep arrival order,
 * so the list is what a stable sort of everything would start with.
 */
export class Top<T> {
  readonly list: T[] = [];
  added = 0;

  constructor(
    private readonly n: number,
    private readonly order: (a: T, b: T) => number,
  ) {}

  add(value: T): void {
    this.added++;
    const { list, n, order } = this;
    const last = list.at(-1);
    if (list.length >= n && (n <= 0 || (last !== undefined && order(value, last) >= 0))) return;
    // The insertion point after every value that sorts before or equal to this one.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order(list[mid]!, value) <= 0) lo = mid + 1;
      else hi = mid;
    }
    list.splice(lo, 0, value);
    if (list.length > n) list.pop();
  }

  /** Values added but not kept. */
  get omitted(): number {
    return this.added - this.list.length;
  }
}
