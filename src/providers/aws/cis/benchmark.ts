/**
 * The CIS AWS Foundations Benchmark the AWS checks answer to: its version and every
 * recommendation id, each accounted for by a check carrying the id, by manual guidance, or both.
 */
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { readInputFile } from '../../../input-file.js';
import type { Check } from '../../../model/check.js';

const ItemSchema = z
  .object({
    id: z.string().regex(/^\d+(\.\d+)*$/),
    title: z.string().min(1),
    level: z.union([z.literal(1), z.literal(2)]),
    /** How the benchmark itself labels the item. */
    assessment: z.enum(['automated', 'manual']),
    /** What a person must judge: the whole item when no check carries it, or the part checks leave open. */
    manual: z.string().min(1).optional(),
  })
  .strict();

const BenchmarkSchema = z
  .object({ provider: z.literal('aws'), name: z.string(), version: z.string(), items: z.array(ItemSchema).min(1) })
  .strict();

export type BenchmarkItem = z.infer<typeof ItemSchema>;
export type Benchmark = z.infer<typeof BenchmarkSchema>;

let cached: Benchmark | undefined;

export function awsCisBenchmark(): Benchmark {
  const file = new URL('./benchmark.yaml', import.meta.url);
  cached ??= readInputFile(fileURLToPath(file), 'src/providers/aws/cis/benchmark.yaml', 'yaml', BenchmarkSchema);
  return cached;
}

/** How an item is covered: by checks alone, by checks plus a person, or by a person alone. */
export type ItemCoverage = 'automated' | 'partial' | 'manual' | 'unaccounted';

export interface ItemStatus extends BenchmarkItem {
  checks: string[];
  coverage: ItemCoverage;
}

export function benchmarkCoverage(bench: Benchmark, checks: readonly Check[]): ItemStatus[] {
  return bench.items.map((item) => {
    const ids = checks.filter((c) => c.meta.provider === bench.provider && c.meta.cis?.includes(item.id)).map((c) => c.meta.id);
    const coverage: ItemCoverage = ids.length ? (item.manual ? 'partial' : 'automated') : item.manual ? 'manual' : 'unaccounted';
    return { ...item, checks: ids.sort(), coverage };
  });
}
