/**
 * Every `annexa …` command line in the README names a real command, and every flag it uses is one
 * that command takes: checked against the installed CLI's own --help for that command.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/paths.js';
import { cli } from '../support/cli.js';

/** Command lines from the README's shell blocks, with continuations joined and comments dropped. */
function readmeCommands(): string[] {
  const text = readFileSync(fromRoot('README.md'), 'utf8');
  const blocks = [...text.matchAll(/```(?:sh|bash)\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const lines = blocks.flatMap((b) => b.replace(/\\\n\s*/g, ' ').split('\n'));
  return lines
    .map((l) => l.replace(/\s+#.*$/, '').trim())
    .filter((l) => /^(npx )?annexa( |$)/.test(l))
    .map((l) => l.replace(/^npx /, ''));
}

/** The words naming the command: everything before the first flag or argument that is not a subcommand. */
function commandPath(words: string[]): string[] {
  const nested: Record<string, string[]> = {
    checks: ['list'],
    controls: ['list'],
    report: ['soa'],
    evidence: ['verify'],
    history: ['list', 'diff', 'trend'],
  };
  const [first, second] = words;
  if (!first || first.startsWith('-')) return [];
  return nested[first] && second && nested[first].includes(second) ? [first, second] : [first];
}

describe('README command lines', () => {
  const commands = readmeCommands();

  it('are found', () => {
    expect(commands.length).toBeGreaterThan(20);
  });

  it.each(commands.map((c) => [c]))('%s', async (line) => {
    const words = line.split(/\s+/).slice(1);
    const path = commandPath(words);
    const help = await cli([...path, '--help']);
    expect(help.code, `${line}: ${help.stderr}`).toBe(0);
    if (path.length) expect(help.stdout).toMatch(new RegExp(`Usage: annexa ${path.join(' ')}\\b`));
    for (const flag of words.filter((w) => w.startsWith('--')).map((w) => w.split('=')[0]!))
      expect(help.stdout, `${line}: ${flag}`).toContain(flag);
  });
});
