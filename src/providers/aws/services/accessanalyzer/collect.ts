import { api } from '../../../../inventory/collector.js';
import type { AwsCollector } from '../../context.js';
import { ACCESSANALYZER_ANALYZERS, type AccessAnalyzer } from './state.js';

const LIST_ANALYZERS = api('access-analyzer:ListAnalyzers');

const analyzers: AwsCollector<AccessAnalyzer[]> = {
  key: ACCESSANALYZER_ANALYZERS,
  service: 'accessanalyzer',
  apis: [LIST_ANALYZERS],
  async collect(ctx, region) {
    const { paginateListAnalyzers } = await import('@aws-sdk/client-accessanalyzer');
    const client = await ctx.client('accessanalyzer', region);
    const out: AccessAnalyzer[] = [];
    await ctx.call(LIST_ANALYZERS, async () => {
      // No type filter: one listing serves every analyzer type a check may ask about.
      for await (const page of paginateListAnalyzers({ client, pageSize: 100 }, {})) {
        for (const a of page.analyzers ?? []) {
          if (!a.name || !a.arn) continue;
          out.push({ name: a.name, arn: a.arn, type: a.type ?? 'UNKNOWN', status: a.status ?? 'UNKNOWN' });
        }
      }
    });
    return out.sort((a, b) => a.name.localeCompare(b.name));
  },
};

export const accessAnalyzerCollectors: readonly AwsCollector<unknown>[] = [analyzers] as readonly AwsCollector<unknown>[];
