/**
 * Issue 15: a 200,000-resource snapshot evaluates and writes every format. Before streaming,
 * 200k resources died with "Invalid string length" and wrote nothing. The snapshot is the
 * benchmark's synthetic estate (bench/estate.ts), two accounts of 100,000 resources weighted
 * towards resources with one item each, so the run stays short while every output is large.
 * The CLI runs as its own process (the built bin/annexa.js) so its memory is its own.
 */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { beforeAll, describe, expect, it } from 'vitest';
import { estateSnapshot, templateSnapshot } from '../../bench/estate.js';
import { resourceCount, type Scenario } from '../../bench/synthetic.js';
import { saveSnapshots } from '../../src/inventory/snapshot-file.js';
import type { EvidenceItem } from '../../src/model/evidence.js';
import { fromRoot } from '../../src/paths.js';
import { tempDir } from '../support/cli.js';
import { readLargeJson } from '../support/large-json.js';

/** Per account; log groups, volumes and security groups give one or two items each. */
const SCENARIO: Scenario = {
  name: '2 accounts of 100,016 resources',
  accounts: 2,
  regions: 4,
  buckets: 1000,
  users: 5000,
  roles: 10000,
  policies: 1000,
  trails: 4,
  securityGroups: 5000,
  logGroups: 13250,
  volumes: 2500,
  kmsKeys: 3,
  latencyMs: 0,
  serverLimitFactor: 1,
};
const ISO = 'iso27001:2022';
const MINUTES = 60_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function annexa(args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fromRoot('bin', 'annexa.js'), ...args], {
      cwd,
      env: { ...process.env, CI: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-20_000)));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function eachLine(file: string, fn: (line: string) => void): Promise<number> {
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY })) {
    if (!line) continue;
    fn(line);
    n++;
  }
  return n;
}

/** Occurrences of each needle in a file too large for one string (needles are ASCII and never span more than one chunk boundary). */
async function countIn(file: string, needles: string[]): Promise<number[]> {
  const counts = needles.map(() => 0);
  const overlap = Math.max(...needles.map((n) => n.length)) - 1;
  let carry = '';
  for await (const chunk of createReadStream(file, { encoding: 'latin1' })) {
    const text = carry + (chunk as string);
    needles.forEach((needle, k) => {
      // A match wholly inside the carried tail was counted with the previous chunk.
      for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) if (i + needle.length > carry.length) counts[k]!++;
    });
    carry = text.slice(-overlap);
  }
  return counts;
}

describe('a 200,000-resource snapshot', () => {
  let dir: string;
  let out: string;
  let run: Run;

  beforeAll(async () => {
    dir = tempDir('annexa-200k-');
    out = join(dir, 'out');
    const template = await templateSnapshot(SCENARIO);
    const file = join(dir, 'snapshot.json');
    saveSnapshots(
      file,
      Array.from({ length: SCENARIO.accounts }, (_, i) => estateSnapshot(template, SCENARIO, i)),
    );
    const args = ['scan', '--snapshot', file, '--format', 'json,sarif,junit,ocsf,html', '--evidence', join(out, 'evidence')];
    run = await annexa([...args, '--out', out, '--fail-on', 'high', '--allow-incomplete', '--quiet'], dir);
  }, 30 * MINUTES);

  it('is 200,000 resources', () => {
    expect(resourceCount(SCENARIO)).toBeGreaterThanOrEqual(200_000);
  });

  it('exits 1: the estate has high-severity failures and --fail-on high gates on them', () => {
    expect(run.stderr).not.toMatch(/Invalid string length|heap out of memory|RangeError/);
    expect(run.code, run.stderr.slice(-3000)).toBe(1);
  });

  let items = 0;
  let isoLinks = 0;
  const linksByStatus = new Map<string, number>();
  let byStatus: Record<string, number> = {};
  let manualControls = 0;

  it(
    'writes a JSON result whose items add up to its summary',
    async () => {
      const accounts = new Set<string>();
      const { rest, count } = await readLargeJson(join(out, 'annexa-result.json'), 'items', (m) => {
        const item = m as EvidenceItem;
        accounts.add(item.resource.account);
        const links = item.controls[ISO]?.length ?? 0;
        isoLinks += links;
        linksByStatus.set(item.status, (linksByStatus.get(item.status) ?? 0) + links);
      });
      items = count;
      const summary = rest.summary as { items: number; byStatus: Record<string, number> };
      byStatus = summary.byStatus;
      manualControls = (rest.controls as { framework: string; coverage: string }[]).filter(
        (c) => c.framework === ISO && c.coverage === 'manual',
      ).length;
      expect(rest.schema).toBe('annexa.result/v2');
      expect(accounts.size).toBe(SCENARIO.accounts);
      expect(count).toBeGreaterThan(200_000);
      expect(summary.items).toBe(count);
      expect(Object.values(byStatus).reduce((a, n) => a + n, 0)).toBe(count);
    },
    10 * MINUTES,
  );

  it(
    'writes SARIF that parses, every run capped at GitHub’s 25,000 results',
    () => {
      const sarif = JSON.parse(readFileSync(join(out, 'annexa-result.sarif'), 'utf8')) as {
        version: string;
        runs: { results: unknown[] }[];
      };
      expect(sarif.version).toBe('2.1.0');
      expect(sarif.runs.length).toBeGreaterThan(0);
      for (const r of sarif.runs) expect(r.results.length).toBeLessThanOrEqual(25_000);
      expect(sarif.runs.reduce((n, r) => n + r.results.length, 0)).toBeGreaterThan(0);
    },
    5 * MINUTES,
  );

  it(
    'writes JUnit XML with one test case per item and ISO control, its totals matching its cases',
    async () => {
      const file = join(out, 'annexa-result.junit.xml');
      const head = await firstBytes(file, 4096);
      const root = /<testsuites\b[^>]*\btests="(\d+)"[^>]*\bfailures="(\d+)"[^>]*\bskipped="(\d+)"/.exec(head);
      expect(head.startsWith('<?xml')).toBe(true);
      expect(root).not.toBeNull();
      const [cases, failures, skipped] = await countIn(file, ['<testcase ', '<failure ', '<skipped']);
      expect(Number(root![1])).toBe(cases);
      expect(Number(root![2])).toBe(failures);
      expect(Number(root![3])).toBe(skipped);
      expect(cases).toBe(isoLinks);
      expect(failures).toBe(linksByStatus.get('fail') ?? 0);
      expect(skipped).toBe(linksByStatus.get('not_applicable') ?? 0);
      expect(await lastBytes(file, 64)).toMatch(/<\/testsuites>\s*$/);
    },
    10 * MINUTES,
  );

  it(
    'writes OCSF JSON Lines: per item a detection finding and a compliance finding per ISO control, then the manual controls',
    async () => {
      const classes = new Map<number, number>();
      const lines = await eachLine(join(out, 'annexa-result.ocsf.jsonl'), (line) => {
        const e = JSON.parse(line) as { class_uid: number };
        classes.set(e.class_uid, (classes.get(e.class_uid) ?? 0) + 1);
      });
      expect(classes.get(2004)).toBe(items);
      expect(lines).toBe(items + isoLinks + manualControls);
    },
    15 * MINUTES,
  );

  it('writes the HTML report', async () => {
    const pages = readdirSync(out).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const file = join(out, page);
      expect(await firstBytes(file, 64), page).toMatch(/^<!doctype html>/i);
      expect(await lastBytes(file, 64), page).toMatch(/<\/html>\s*$/);
    }
  });

  it(
    'writes an evidence bundle whose manifest and item list hold every item',
    async () => {
      const bundle = join(out, 'evidence');
      const manifest = JSON.parse(readFileSync(join(bundle, 'manifest.json'), 'utf8')) as {
        items: number;
        accounts: string[];
        files: { path: string }[];
      };
      expect(manifest.items).toBe(items);
      expect(manifest.accounts).toHaveLength(SCENARIO.accounts);
      for (const f of manifest.files) expect(existsSync(join(bundle, f.path)), f.path).toBe(true);
      const statuses = new Map<string, number>();
      const lines = await eachLine(join(bundle, 'items.jsonl'), (line) => {
        const i = JSON.parse(line) as { status: string };
        statuses.set(i.status, (statuses.get(i.status) ?? 0) + 1);
      });
      expect(lines).toBe(items);
      expect(Object.fromEntries(statuses)).toEqual(Object.fromEntries(Object.entries(byStatus).filter(([, n]) => n > 0)));
    },
    10 * MINUTES,
  );
});

async function firstBytes(file: string, n: number): Promise<string> {
  for await (const chunk of createReadStream(file, { start: 0, end: n - 1, encoding: 'utf8' })) return chunk as string;
  return '';
}

async function lastBytes(file: string, n: number): Promise<string> {
  const size = statSync(file).size;
  let text = '';
  for await (const chunk of createReadStream(file, { start: Math.max(0, size - n), encoding: 'utf8' })) text += chunk as string;
  return text;
}
