import { dirname, isAbsolute, resolve, sep } from 'node:path';
import { shownName } from '../shown-name.js';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Paths printed as the user gave them: every relative path on the command line, once resolved
 * against the working directory, is turned back into its own spelling wherever it (or a file
 * under it) appears in a printed line, so `--out ../reports` prints `../reports/annexa-result.json`
 * and `--snapshot ../s.json` errors name `../s.json`, not the absolute paths the code works with.
 * Only a whole path component matches; `.`, `..` and other ancestors of the working directory are
 * left alone, since they would rewrite every path. Messages show names with control characters
 * escaped (`shownName`), so both spellings are matched in that form.
 */
export function asGiven(argv: readonly string[], cwd: string): (text: string) => string {
  const given = new Map<string, string>();
  for (const arg of argv) {
    const value = arg.startsWith('--') ? arg.slice(arg.indexOf('=') + 1 || arg.length) : arg;
    if (value === '' || value.startsWith('-') || isAbsolute(value)) continue;
    // The path and its parents as spelt (`../out/x`, then `../out`), which errors name too.
    for (let v = value.length > 1 ? value.replace(/[\\/]+$/, '') : value; v !== '.'; v = dirname(v)) {
      const abs = resolve(cwd, v);
      if (abs === cwd || cwd.startsWith(`${abs}${sep}`)) break;
      if (!given.has(shownName(abs))) given.set(shownName(abs), shownName(v));
    }
  }
  if (!given.size) return (text) => text;
  // Longest first, so `/w/out/sub` is rewritten before `/w/out`.
  const rules = [...given]
    .sort((a, b) => b[0].length - a[0].length)
    .map(([abs, spelling]) => ({
      abs,
      spelling,
      re: new RegExp(`(?<=^|[\\s'"(,=:\\[])${escapeRegExp(abs)}(?=$|[\\\\/\\s,;:.'"()\\]])`, 'g'),
    }));
  return (text) => {
    let out = text;
    for (const r of rules) if (out.includes(r.abs)) out = out.replace(r.re, () => r.spelling);
    return out;
  };
}
