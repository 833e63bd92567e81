import { shownName } from './shown-name.js';

/** Exit codes, documented in the README. */
export const EXIT = {
  ok: 0,
  findings: 1,
  input: 2,
  incomplete: 3,
} as const;

/**
 * Bad input from the user: config, snapshot, flags, credentials. Printed as one line
 * naming the source and field, never with a stack trace. Line breaks from quoted parser
 * messages (JSON.parse quotes the offending text) are folded so it stays one line; a source is
 * often a file name, whose control characters are shown escaped.
 */
export class InputError extends Error {
  readonly detail: string;
  constructor(
    readonly source: string,
    detail: string,
  ) {
    const oneLine = detail.replace(/\s*[\r\n]+\s*/g, ' ');
    super(`${shownName(source)}: ${oneLine}`);
    this.detail = oneLine;
    this.name = 'InputError';
  }
}
