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
  oneLineWarnings((l) => process.stderr.write(`${neutralise(l)}\n`));
  const line = (t: string): string => neutralise(t.endsWith('\n') ? t.slice(0, -1) : t);
  return {
    stdout: (t) => process.stdout.write(`${line(t)}\n`),
    stderr: (t) => process.stderr.write(`${line(t)}\n`),
    command: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
    // Progress redraws its own line with \r; the rest of it is neutralised.
    progress: (t) =>
      process.stderr.write(
        t
          .split('\r')
          .map((p) => neutralise(p))
          .join('\r'),
      ),
    isTTY: Boolean(process.stderr.isTTY),
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
  };
}
