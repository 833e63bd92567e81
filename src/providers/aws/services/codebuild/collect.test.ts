import { BatchGetProjectsCommand, CodeBuildClient, ListProjectsCommand } from '@aws-sdk/client-codebuild';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { splitSignIn } from './sign-in.js';
import { CODEBUILD_PROJECTS, type CodeBuildProject } from './state.js';

let cb = mockClient(CodeBuildClient);
afterEach(() => cb.reset());

const R = 'us-east-1';
const result = (inv: Awaited<ReturnType<typeof collect>>['inventory']) => inv[CODEBUILD_PROJECTS.id]![R]!.result;
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const TOKEN = 'ghp_abcdefghijklmnopqrstuvwxyz0123456789';

describe('aws.codebuild.projects', () => {
  it('follows ListProjects pages, reads them in batches of 100 and keeps no secret values or URL credentials', async () => {
    const first = Array.from({ length: 100 }, (_, i) => `p${String(i).padStart(3, '0')}`);
    cb.on(ListProjectsCommand)
      .resolvesOnce({ projects: first, nextToken: 't' })
      .resolvesOnce({ projects: ['web'] });
    cb.on(BatchGetProjectsCommand).callsFake((input: { names: string[] }) => ({
      projects: input.names.map((name) =>
        name === 'web'
          ? {
              name,
              arn: `arn:aws:codebuild:${R}:111122223333:project/web`,
              source: { type: 'BITBUCKET', location: `https://alice:${SECRET}@bitbucket.org/team/web.git` },
              secondarySources: [{ type: 'GITHUB', location: `https://${TOKEN}@github.com/o/lib.git` }],
              environment: {
                privilegedMode: true,
                environmentVariables: [
                  { name: 'AWS_SECRET_ACCESS_KEY', value: SECRET, type: 'PLAINTEXT' },
                  { name: 'DEPLOY', value: 'AKIAIOSFODNN7EXAMPLE' },
                  { name: 'DB', value: '/prod/db', type: 'PARAMETER_STORE' },
                ],
              },
              logsConfig: { cloudWatchLogs: { status: 'DISABLED' }, s3Logs: { status: 'ENABLED', location: 'b/l' } },
            }
          : { name, arn: `arn:${name}`, environment: { environmentVariables: [] } },
      ),
      projectsNotFound: [],
    }));
    const { inventory } = await collect([CODEBUILD_PROJECTS]);
    expect(cb.commandCalls(ListProjectsCommand)[1]!.args[0].input).toMatchObject({ nextToken: 't' });
    const batches = cb.commandCalls(BatchGetProjectsCommand).map((c) => c.args[0].input.names?.length);
    expect(batches).toEqual([100, 1]);
    const res = result(inventory);
    const list = (res.ok ? res.value : []) as CodeBuildProject[];
    expect(list).toHaveLength(101);
    expect(list.find((p) => p.name === 'web')).toEqual({
      arn: `arn:aws:codebuild:${R}:111122223333:project/web`,
      name: 'web',
      sources: [
        { type: 'BITBUCKET', location: 'https://bitbucket.org/team/web.git', signIn: 'user-and-secret' },
        { type: 'GITHUB', location: 'https://github.com/o/lib.git', signIn: 'user' },
      ],
      envVars: [
        { name: 'AWS_SECRET_ACCESS_KEY', type: 'PLAINTEXT', valueIsAccessKeyId: false },
        { name: 'DEPLOY', type: 'PLAINTEXT', valueIsAccessKeyId: true },
        { name: 'DB', type: 'PARAMETER_STORE', valueIsAccessKeyId: false },
      ],
      privilegedMode: true,
      cloudWatchLogs: 'DISABLED',
      s3Logs: 'ENABLED',
    });
    const text = JSON.stringify(inventory);
    for (const leaked of [SECRET, TOKEN, 'AKIAIOSFODNN7EXAMPLE', 'alice', '/prod/db']) expect(text).not.toContain(leaked);
  });

  it('records AccessDenied on ListProjects as denied and reads no project', async () => {
    cb.on(ListProjectsCommand).rejects(awsError('AccessDeniedException', 403));
    const { inventory } = await collect([CODEBUILD_PROJECTS]);
    expect(result(inventory)).toMatchObject({ ok: false, error: { kind: 'denied', api: 'codebuild:ListProjects' } });
    expect(cb.commandCalls(BatchGetProjectsCommand)).toHaveLength(0);
  });

  it('records AccessDenied on BatchGetProjects as denied', async () => {
    cb.on(ListProjectsCommand).resolves({ projects: ['a'] });
    cb.on(BatchGetProjectsCommand).rejects(awsError('AccessDeniedException', 403));
    const { inventory } = await collect([CODEBUILD_PROJECTS]);
    expect(result(inventory)).toMatchObject({ ok: false, error: { kind: 'denied', api: 'codebuild:BatchGetProjects' } });
  });

  it('lets the SDK retry throttling, then succeeds', async () => {
    cb.restore();
    try {
      const list = throttledThen({ projects: [] });
      const { inventory, stats } = await collect([CODEBUILD_PROJECTS], { client: { configure: fakeService({ ListProjects: list }) } });
      expect(result(inventory)).toEqual({ ok: true, value: [] });
      expect(stats.toJSON()['codebuild:ListProjects']).toMatchObject({ calls: 1, attempts: 3, throttles: 2 });
    } finally {
      cb = mockClient(CodeBuildClient);
    }
  });
});

describe('splitSignIn', () => {
  it.each([
    ['https://bitbucket.org/t/r.git', 'https://bitbucket.org/t/r.git', 'none'],
    ['https://bob@bitbucket.org/t/r.git', 'https://bitbucket.org/t/r.git', 'user'],
    ['https://x-token-auth:abc@bitbucket.org/t/r.git', 'https://bitbucket.org/t/r.git', 'user-and-secret'],
    ['https://bob:@bitbucket.org/t/r.git', 'https://bitbucket.org/t/r.git', 'user'],
    ['https://github.com/o/r.git?ref=a@b', 'https://github.com/o/r.git?ref=a@b', 'none'],
    ['my-bucket/src.zip', 'my-bucket/src.zip', 'none'],
    ['https://u:p@ss/w@rd@bitbucket.org:443/t/r.git', 'https://bitbucket.org:443/t/r.git', 'user-and-secret'],
    ['https://github.com/o/r.git#a@b.c', 'https://github.com/o/r.git#a@b.c', 'none'],
    ['https://github.com/o/r.git?access_token=ghp_abc', 'https://github.com/o/r.git?access_token=[redacted]', 'query-secret'],
    [
      'https://gitlab.com/g/r.git?ref=main&private_token=glpat-x#top',
      'https://gitlab.com/g/r.git?ref=main&private_token=[redacted]#top',
      'query-secret',
    ],
    ['https://oauth2:glpat-x@gitlab.com/g/r.git?ref=main', 'https://gitlab.com/g/r.git?ref=main', 'user-and-secret'],
    ['https://github.com/o/r.git?ref=feature/key-rotation', 'https://github.com/o/r.git?ref=feature/key-rotation', 'none'],
    ['https://ci:tok@gitserver:8443/o/r.git', 'https://gitserver:8443/o/r.git', 'user-and-secret'],
    ['https://gitserver/o/r.git?ref=a@b', 'https://gitserver/o/r.git?ref=a@b', 'none'],
    // Hosts without a dot (GitHub Enterprise on an internal name), IPv6, odd but accepted host spellings.
    ['https://u:tok@ghe/org/r.git', 'https://ghe/org/r.git', 'user-and-secret'],
    ['https://ghp_tok@localhost:8443/o/r', 'https://localhost:8443/o/r', 'user'],
    ['https://u:tok@[::1]/r', 'https://[::1]/r', 'user-and-secret'],
    ['https://u:tok@git_host.example.com/r', 'https://git_host.example.com/r', 'user-and-secret'],
    ['https://u:tok@github.com./r', 'https://github.com./r', 'user-and-secret'],
    ['https://u:tok@github.com:/r', 'https://github.com:/r', 'user-and-secret'],
    ['https://u:wJal/K7M@ghe/o/r', 'https://ghe/o/r', 'user-and-secret'],
    ['https://ghe/o/r.git@v1', 'https://ghe/o/r.git@v1', 'none'],
  ])('%s', (input, location, signIn) => {
    expect(splitSignIn(input)).toEqual({ location, signIn });
  });
});
