/**
 * Adding a service is its folder plus one line in its provider's service list. This holds that
 * true: nothing outside a service folder reaches into it except the list, the list has one
 * line per service, and everything else (registry, mappings, IAM policy, demo) derives from it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_CHECKS, SERVICE_LINK_FILES } from '../../src/engine/registry.js';
import { fromRoot } from '../../src/paths.js';
import { PROVIDERS } from '../../src/providers/index.js';

const rel = (f: string): string => relative(fromRoot(), f).split('\\').join('/');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : /\.(ts|mjs|yaml)$/.test(d.name) ? [join(dir, d.name)] : [],
  );
}

// Test-only fixtures may gather sample data from service folders; shipped code may not.
const SHARED = ['src', 'demo', 'scripts', 'bench', 'mappings'].flatMap((d) => files(fromRoot(d))).filter((f) => !/\.fixtures\.ts$/.test(f));
const SERVICE_DIR = /^src\/providers\/([^/]+)\/services\/([^/]+)\//;

/** The files a source names: relative imports, resolved, plus any path-like mention of a service folder. */
function touches(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const imports = [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) =>
    rel(resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts'))),
  );
  const mentions = [...text.matchAll(/src\/providers\/[a-z0-9-]+\/services\/[a-z0-9-]+\/[\w./-]*/g)].map((m) => m[0]);
  return [...imports, ...mentions];
}

describe('a new service is its folder plus one list line', () => {
  it('no shared file reaches into a service folder, except its provider’s service list and provider-level kits reading SDK-free state', () => {
    const reaches = SHARED.flatMap((f) => {
      const from = rel(f);
      if (SERVICE_DIR.test(from)) return [];
      return touches(f)
        .filter((t) => SERVICE_DIR.test(t))
        .filter((t) => {
          const provider = SERVICE_DIR.exec(t)![1]!;
          if (from === `src/providers/${provider}/services/index.ts`) return false;
          // A provider's own plumbing may read a service's SDK-free state (e.g. a note about skipped buckets).
          return !(from.startsWith(`src/providers/${provider}/`) && t.endsWith('/state.ts'));
        })
        .map((t) => `${from} → ${t}`);
    });
    expect(reaches).toEqual([]);
  });

  it.each(PROVIDERS.map((p) => [p.id, p] as const))('%s: one import and one list entry per service folder', (id, p) => {
    const dir = fromRoot('src', 'providers', id, 'services');
    const folders = readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(p.services.map((s) => s.id).sort()).toEqual(folders);
    const list = readFileSync(join(dir, 'index.ts'), 'utf8');
    for (const f of folders) expect(list.match(new RegExp(`from '\\./${f}/index\\.js'`, 'g')), f).toHaveLength(1);
  });

  it('everything per service is derived from the lists: checks, links, collectors and demo answers', () => {
    for (const p of PROVIDERS)
      for (const s of p.services) {
        const folder = fromRoot('src', 'providers', p.id, 'services', s.id);
        for (const c of s.checks) {
          expect(c.meta.service, c.meta.id).toBe(s.id);
          expect(existsSync(join(folder, 'checks', `${c.meta.id}.ts`)), c.meta.id).toBe(true);
          expect(ALL_CHECKS).toContain(c);
        }
        if (s.checks.length) {
          expect(s.links?.href, `${p.id}.${s.id} links.yaml`).toBe(new URL(`file://${join(folder, 'links.yaml')}`).href);
          expect(SERVICE_LINK_FILES).toContain(s.links);
        }
        expect(s.collectors.length, `${p.id}.${s.id} collects something`).toBeGreaterThan(0);
      }
    // The shared mapping index names no link files: they all come from the services.
    expect(readFileSync(fromRoot('mappings', 'index.yaml'), 'utf8')).not.toMatch(/links\/[\w-]+\.yaml/);
  });
});
