import { redactText } from '../redaction/secret-patterns.js';
import { neutralise } from './neutralise.js';

/** Where the CLI writes, so tests can run it in-process and read what it printed. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Raw progress writes (no newline handling). */
  progress(text: string): void;
  /**
   * annexa's own CI workflow commands (annotations), already escaped for the runner; everything
   * else printed is neutralised so untrusted text cannot start one. Defaults to `stdout`.
   */
  command?(line: string): void;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Wall-clock time, e.g. for waiver expiry; injectable so tests need no fake timers. */
  now?: () => Date;
}

/** `annexa … | head -1`: a reader that goes away ends the run quietly, as other CLI tools do. */
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

/**
 * Every printed line: secrets redacted, then control characters and workflow commands
 * neutralised, then redacted once more, since removing an escape sequence can join the two
 * halves of a secret it was splitting. Redaction only ever writes `[REDACTED]` or a masked key
 * id, so the last pass cannot start a workflow command.
 */
export function printable(text: string): string {
  return redactText(neutralise(redactText(text)));
}

/** Progress redraws its own line with \r; each part of it is printable. */
export function printableProgress(text: string): string {
  return text.split('\r').map(printable).join('\r');
}

/** annexa's own workflow commands keep their form (they are escaped for the runner); secrets still go. */
export function printableCommand(line: string): string {
  return redactText(line);
}

/**
 * Node prints process warnings (the AWS SDK's Node version notice, deprecations) over several
 * lines with a hint about --trace-warnings; annexa prints each as one line in its own style.
 */
function oneLineWarnings(stderr: (line: string) => void): void {
  process.removeAllListeners('warning');
  process.on('warning', (w) => stderr(`annexa: warning: ${w.name}: ${w.message.replace(/\s*\n\s*/g, ' ').trim()}`));
}

export function processIO(): CliIO {
  quietOnClosedPipe(process.stdout);
  quietOnClosedPipe(process.stderr);
  oneLineWarnings((l) => process.stderr.write(`${printable(l)}\n`));
  const line = (t: string): string => printable(t.endsWith('\n') ? t.slice(0, -1) : t);
  return {
    stdout: (t) => process.stdout.write(`${line(t)}\n`),
    stderr: (t) => process.stderr.write(`${line(t)}\n`),
    command: (t) => process.stdout.write(printableCommand(t.endsWith('\n') ? t : `${t}\n`)),
    progress: (t) => process.stderr.write(printableProgress(t)),
    isTTY: Boolean(process.stderr.isTTY),
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
  };
}
