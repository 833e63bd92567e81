/** Exit codes, documented in the README. */
export const EXIT = {
  ok: 0,
  findings: 1,
  input: 2,
  incomplete: 3,
};
/**
 * Bad input from the user: config, snapshot, flags, credentials. Printed as one line
 * naming the source and field, never with a stack trace. Line breaks from quoted parser
 * messages (JSON.parse quotes the offending text) are folded so it stays one line.
 */
export class InputError extends Error {
  source;
  detail;
  constructor(source, detail) {
    const oneLine = detail.replace(/\s*[\r\n]+\s*/g, ' ');
    super(`${source}: ${oneLine}`);
    this.source = source;
    this.detail = oneLine;
    this.name = 'InputError';
  }
}
