/**
 * The one shell-style glob matcher (`*` any run, `?` one character; nothing else is special),
 * for check ids, resource names, waiver patterns and IAM actions. Two pointers with one
 * backtrack point: linear in pattern × value at worst, never exponential as a regex built
 * from user input can be (`a*a*a*…b`).
 */
export function globMatch(pattern: string, value: string, opts: { ignoreCase?: boolean } = {}): boolean {
  const p = opts.ignoreCase ? pattern.toLowerCase() : pattern;
  const v = opts.ignoreCase ? value.toLowerCase() : value;
  let pi = 0;
  let vi = 0;
  let star = -1;
  let resume = 0;
  while (vi < v.length) {
    if (pi < p.length && (p[pi] === '?' || p[pi] === v[vi])) {
      pi++;
      vi++;
    } else if (pi < p.length && p[pi] === '*') {
      // Remember the star and first try matching it to nothing.
      star = pi++;
      resume = vi;
    } else if (star >= 0) {
      // Let the last star swallow one more character and retry from there.
      pi = star + 1;
      vi = ++resume;
    } else return false;
  }
  while (pi < p.length && p[pi] === '*') pi++;
  return pi === p.length;
}
