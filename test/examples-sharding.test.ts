import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { fromRoot } from '../src/paths.js';

const read = (f: string): string => readFileSync(fromRoot('examples', 'sharding', f), 'utf8');

describe('sharding examples', () => {
  it('GitHub matrix: shards use auto/N with the job index, and a merge job needs them', () => {
    const wf = parse(read('github-matrix.yml')) as {
      jobs: {
        scan: { strategy: { matrix: { shard: number[] } }; steps: { run?: string; env?: Record<string, string> }[] };
        merge: { needs: string; steps: { run?: string }[] };
      };
    };
    const scan = wf.jobs.scan;
    expect(scan.strategy.matrix.shard.length).toBeGreaterThan(1);
    const step = scan.steps.find((s) => s.run?.includes('--shard'))!;
    expect(step.run).toMatch(/--shard auto\/\$\{\{ strategy\.job-total \}\}/);
    expect(step.env?.ANNEXA_SHARD_INDEX).toBe('${{ strategy.job-index }}');
    expect(wf.jobs.merge.needs).toBe('scan');
    expect(wf.jobs.merge.steps.some((s) => s.run?.includes('annexa.js merge'))).toBe(true);
  });

  it('Kubernetes: an Indexed Job whose completions match auto/N, then a merge Job', () => {
    const docs = parseAllDocuments(read('k8s-indexed-job.yaml')).map(
      (d) =>
        d.toJS() as {
          kind: string;
          spec: { completionMode?: string; completions?: number; template: { spec: { containers: { args: string[] }[] } } };
        },
    );
    expect(docs.map((d) => d.kind)).toEqual(['Job', 'Job']);
    const [scan, merge] = docs;
    expect(scan!.spec.completionMode).toBe('Indexed');
    expect(scan!.spec.template.spec.containers[0]!.args.join(' ')).toContain(`--shard auto/${scan!.spec.completions}`);
    expect(merge!.spec.template.spec.containers[0]!.args.join(' ')).toContain('annexa.js merge');
  });
});
