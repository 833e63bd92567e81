import { api } from '../../../../inventory/collector.js';
import { awsClient } from '../../clients.js';
import type { AwsCollector } from '../../context.js';
import { splitSignIn } from './sign-in.js';
import { CODEBUILD_PROJECTS, type CodeBuildEnvVar, type CodeBuildProject, type CodeBuildSource } from './state.js';

const CODEBUILD = awsClient('codebuild', 'codebuild', async () => (await import('@aws-sdk/client-codebuild')).CodeBuildClient);

const LIST_PROJECTS = api('codebuild:ListProjects');
const BATCH_GET_PROJECTS = api('codebuild:BatchGetProjects');

/** BatchGetProjects takes at most 100 names. */
const BATCH = 100;
const ACCESS_KEY_ID = /^(AKIA|ASIA)[A-Z0-9]{16}$/;

interface SourceOut {
  type?: string;
  location?: string;
}

function source(s: SourceOut): CodeBuildSource {
  return { type: s.type ?? 'UNKNOWN', ...splitSignIn(s.location ?? '') };
}

const projects: AwsCollector<readonly CodeBuildProject[]> = {
  key: CODEBUILD_PROJECTS,
  service: 'codebuild',
  apis: [LIST_PROJECTS, BATCH_GET_PROJECTS],
  async collect(ctx, region) {
    const { paginateListProjects, BatchGetProjectsCommand } = await import('@aws-sdk/client-codebuild');
    const client = await ctx.client(CODEBUILD, region);
    const names: string[] = [];
    await ctx.call(LIST_PROJECTS, async () => {
      for await (const page of paginateListProjects({ client }, {})) names.push(...(page.projects ?? []));
    });
    const out: CodeBuildProject[] = [];
    for (let i = 0; i < names.length; i += BATCH) {
      const res = await ctx.call(BATCH_GET_PROJECTS, () => client.send(new BatchGetProjectsCommand({ names: names.slice(i, i + BATCH) })));
      // A project deleted between the two calls is in projectsNotFound and simply absent here.
      for (const p of res.projects ?? []) {
        if (!p.name || !p.arn) continue;
        const envVars: CodeBuildEnvVar[] = (p.environment?.environmentVariables ?? []).map((v) => ({
          name: v.name ?? '',
          type: v.type ?? 'PLAINTEXT',
          // Only this boolean leaves the collector; the value itself is never kept.
          valueIsAccessKeyId: ACCESS_KEY_ID.test(v.value ?? ''),
        }));
        const cw = p.logsConfig?.cloudWatchLogs?.status;
        const s3 = p.logsConfig?.s3Logs?.status;
        out.push({
          arn: p.arn,
          name: p.name,
          sources: [...(p.source ? [source(p.source)] : []), ...(p.secondarySources ?? []).map(source)],
          envVars,
          privilegedMode: p.environment?.privilegedMode === true,
          ...(cw ? { cloudWatchLogs: cw } : {}),
          ...(s3 ? { s3Logs: s3 } : {}),
        });
      }
    }
    return out.sort((a, b) => a.name.localeCompare(b.name));
  },
};

export const codebuildCollectors: readonly AwsCollector<unknown>[] = [projects] as readonly AwsCollector<unknown>[];
