import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { progressReporter } from '../../src/cli/progress.js';

function io(isTTY: boolean, env: NodeJS.ProcessEnv): CliIO & { out: string } {
  const o = { out: '', stdout: () => {}, stderr: () => {}, progress: (t: string) => (o.out += t), isTTY, env, cwd: '/' };
  return o;
}

const p = { regions: 3, servicesDone: 1, servicesTotal: 4, keysDone: 2, keysTotal: 10, calls: 57, throttles: 2 };

describe('progress line', () => {
  it('shows regions, services, calls and throttles on a terminal', () => {
    const t = io(true, {});
    const r = progressReporter(t, false);
    r.update(p);
    r.done();
    expect(t.out).toContain('3 region(s) · services 1/4 · inventory 2/10 · API calls 57 · throttles 2');
    expect(t.out.endsWith('\r\x1b[2K')).toBe(true);
  });

  it.each([
    ['in CI', io(true, { CI: 'true' }), false],
    ['when piped', io(false, {}), false],
    ['with --quiet', io(true, {}), true],
  ])('is silent %s', (_n, t, quiet) => {
    const r = progressReporter(t, quiet);
    r.update(p);
    r.done();
    expect(t.out).toBe('');
  });
});
