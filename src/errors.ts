/** Exit codes, documented in the README. */
export const EXIT = {
  ok: 0,
  findings: 1,
  input: 2,
  incomplete: 3,
} as const;

/**
 * Bad input from the user: config, snapshot, flags, credentials. Printed as one line
 * naming the source and field, never with a stack trace.
 */
export class InputError extends Error {
  constructor(
    readonly source: string,
    readonly detail: string,
  ) {
    super(`${source}: ${detail}`);
    this.name = 'InputError';
  }
}
