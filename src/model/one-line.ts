/**
 * Untrusted text (resource names, provider messages, notes) placed inside one printed line: its
 * own line breaks are shown escaped, so it can neither start a new line nor fake one.
 */
export function oneLine(text: string): string {
  return text
    .replace(/\r/g, '\\r')
    .replace(/\n/g, '\\n')
    .replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}
