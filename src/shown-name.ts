/**
 * A file name (or other name the user chose) as printed in a message: a newline, tab or other
 * control character in it is written as an escape (`\n`, `\t`, `\x1b`), so the message stays one
 * line and shows the name as it is spelt rather than as what the terminal makes of it. Bidi
 * embeddings, overrides and isolates are written as `\u202e` too: obeyed, they reorder the text
 * around them (GitHub annotations reach the log without the line neutraliser). So are the Unicode
 * line and paragraph separators, which some viewers break lines at.
 */
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

// C0 controls, DEL and C1 controls.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u2028\u2029]/g;

export function shownName(name: string): string {
  return name
    .replace(CONTROL, (c) => NAMED[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .replace(BIDI, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
