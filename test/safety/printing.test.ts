import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { neutralise, neutraliseLine } from '../../src/cli/neutralise.js';
import { fromRoot } from '../../src/paths.js';
import { shownName } from '../../src/shown-name.js';

describe('printing untrusted text', () => {
  it('cannot start a workflow command, move the cursor, or hide text behind bidi overrides', () => {
    const name = 'bucket\n::error title=pwned::owned\r\u001b[2J\u001b]0;title\u0007x\u202eevil\u0000';
    const out = neutralise(`Bucket ${name} fails`);
    expect(out.split('\n').some((l) => /^\s*::/.test(l))).toBe(false);
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
    expect(out).toContain(': :error title=pwned::owned\\r');
    expect(out).toContain('x\\u202eevil\\x00');
    expect(neutraliseLine('  ::add-mask::secret')).toBe('  : :add-mask::secret');
  });

  it('shows Unicode line and paragraph separators escaped, in printed lines and in names (annotations)', () => {
    const name = 'queue\u2028::error::pwned\u2029x';
    expect(neutraliseLine(`Namespace ${name} fails`)).toBe('Namespace queue\\u2028::error::pwned\\u2029x fails');
    expect(shownName(name)).toBe('queue\\u2028::error::pwned\\u2029x');
  });

  it('ends quietly with exit 0 when the reader closes the pipe (`annexa checks list | head -1`)', () => {
    const out = execFileSync(
      'bash',
      [
        '-c',
        `set -o pipefail; node ${fromRoot('bin', 'annexa.js')} checks list --format json 2>&1 | head -1; echo "exit=\${PIPESTATUS[0]}"`,
      ],
      {
        encoding: 'utf8',
      },
    );
    // The JSON list is far larger than a pipe's buffer, so the writer does hit the closed pipe.
    expect(out.startsWith('[')).toBe(true);
    expect(out).toContain('exit=0');
    expect(out).not.toMatch(/EPIPE|Error/);
  });
});
