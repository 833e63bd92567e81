/** Exit codes, documented in the README. */
export const EXIT = {
    ok: 0,
    findings: 1,
    input: 2,
    incomplete: 3,
};
/**
 * Bad input from the user: config, snapshot, flags, credentials. Printed as one line
 * naming the source and field, never with a stack trace.
 */
export class InputError extends Error {
    source;
    detail;
    constructor(source, detail) {
        super(`${source}: ${detail}`);
        this.source = source;
        this.detail = detail;
        this.name = 'InputError';
    }
}
