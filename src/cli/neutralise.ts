/**
 * Text printed to a terminal or a CI log carries untrusted parts: resource names, tags, provider
 * error messages, file contents quoted in errors. Printed raw they could move the cursor, recolour
 * or rewrite earlier lines (terminal escapes), hide text behind a bidi override, or, in GitHub
 * Actions, start a workflow command (`::add-mask::`, `::error::`, `::set-output`) that the runner
 * obeys. Every line goes through here on its way out; annexa's own workflow commands (annotations)
 * are written through the separate `command` channel.
 */

// CSI and OSC sequences, then any other ESC-led pair.
const ESCAPES = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[@-Z\\-_])/g;
// C0 controls but tab and newline, DEL, and C1 controls.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// Bidi embeddings, overrides and isolates: shown, not obeyed; line and paragraph separators, which
// some viewers break lines at, shown too.
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u2028\u2029]/g;

export function neutraliseLine(line: string): string {
  const clean = line
    .replace(ESCAPES, '')
    .replace(/\r/g, '\\r')
    .replace(CONTROLS, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .replace(BIDI, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  // A line that would start a workflow command after the runner trims it is defused visibly.
  return /^\s*::/.test(clean) ? clean.replace('::', ': :') : clean;
}

/** Every line of `text` neutralised; newlines stay newlines. */
export function neutralise(text: string): string {
  return text.split('\n').map(neutraliseLine).join('\n');
}
