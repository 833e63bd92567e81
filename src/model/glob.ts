/**
 * The one shell-style glob matcher (`*` any run, `?` one character; nothing else is special),
 * for check ids, resource names, waiver patterns and IAM actions. Two pointers with one
 * backtrack point: linear in pattern × value at worst, never exponential as a regex built
 * from user input can be (`a*a*a*…b`). A character is a code point: an emoji or another
 * character past the BMP (two UTF-16 units) is one `?`.
 */
export function globMatch(pattern: string, value: string, opts: { ignoreCase?: boolean } = {}): boolean {
  const p = opts.ignoreCase ? foldCase(pattern) : pattern;
  const v = opts.ignoreCase ? foldCase(value) : value;
  // Only a `?` can split a character of two UTF-16 units; everything else compares units alike.
  return p.includes('?') && SURROGATE.test(v) ? walk(Array.from(p), Array.from(v)) : walk(p, v);
}

const SURROGATE = /[\ud800-\udfff]/;

/** The two pointers over characters: a string's UTF-16 units, or the code points of an array. */
function walk(p: ArrayLike<string>, v: ArrayLike<string>): boolean {
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

const NON_ASCII = /[^\u0000-\u007f]/;
const DOTLESS_I = '\u0131';
const folded = new Map<string, string>();
const onePoint = (s: string): boolean => s.length === 1 || (s.length === 2 && s.codePointAt(0)! > 0xffff);

/**
 * One code point's simple case fold (Unicode's caseless matching that keeps each character one
 * character): its uppercase's lowercase where both are one code point (`ς` and `σ` fold alike,
 * as `K` and the Kelvin sign do), else its lowercase where that is one code point, else itself.
 * `İ` lowercases to two (`i` and a combining dot), so it stays `İ`; the dotless `ı`, whose
 * uppercase is `I`, is its own, as in Unicode's fold.
 */
function foldPoint(c: string): string {
  let f = folded.get(c);
  if (f === undefined) {
    const upper = c.toUpperCase();
    const lower = c.toLowerCase();
    f = c === DOTLESS_I ? c : onePoint(upper) && onePoint(upper.toLowerCase()) ? upper.toLowerCase() : onePoint(lower) ? lower : c;
    if (folded.size >= 4096) folded.clear();
    folded.set(c, f);
  }
  return f;
}

/**
 * Case folded one character at a time, so a string keeps its length in characters.
 * `toLowerCase` on the whole string would not do: `İ` becomes two characters (so a `?` no
 * longer matches it and lengths shift), and a final `Σ` lowercases to `ς` but one inside a word
 * to `σ`, so a pattern and a value would fold apart.
 */
export function foldCase(s: string): string {
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  let out = '';
  for (const c of s) out += foldPoint(c);
  return out;
}
