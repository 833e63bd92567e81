import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from '../support/cli.js';

describe('inputs that would never end or blow the stack', () => {
  it.each([
    ['a snapshot that is a device', ['scan', '--snapshot', '/dev/zero'], /\/dev\/zero: is a device, not a regular file/],
    ['a result to merge that is a device', ['merge', '/dev/zero'], /\/dev\/zero: is a device, not a regular file/],
    ['a result for the SoA that is a device', ['report', 'soa', '--result', '/dev/zero'], /\/dev\/zero: is a device, not a regular file/],
    ['a snapshot directory', ['scan', '--snapshot', '.'], /is a directory, not a file/],
  ])('%s: exit 2, one line', async (_name, args, message) => {
    const r = await cli(args);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it('a result nested 100,000 levels deep: exit 2, not a stack overflow', async () => {
    const dir = tempDir();
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    writeFileSync(join(dir, 'a.json'), `{"schema":${deep}}`);
    writeFileSync(join(dir, 'b.json'), `{"schema":"annexa.result/v2","run":${deep}}`);
    for (const f of ['a.json', 'b.json']) {
      const r = await cli(['merge', f], { cwd: dir });
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
