import { GetPolicyCommand, LambdaClient, ListFunctionsCommand, ListFunctionUrlConfigsCommand } from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { LAMBDA_FUNCTION_URLS, LAMBDA_FUNCTIONS, LAMBDA_POLICIES } from './state.js';

let lambda = mockClient(LambdaClient);
afterEach(() => lambda.reset());

const R = 'us-east-1';
const result = (inv: Awaited<ReturnType<typeof collect>>['inventory'], id: string) => inv[id]![R]!.result;

describe('aws.lambda collectors', () => {
  it('follows ListFunctions pages, keeps no variable values, and reads URLs and policies per function', async () => {
    lambda
      .on(ListFunctionsCommand)
      .resolvesOnce({
        Functions: [{ FunctionName: 'b', FunctionArn: 'arn:b', Runtime: 'python3.13', Environment: { Variables: { SECRET: 'hunter2' } } }],
        NextMarker: 'm1',
      })
      .resolvesOnce({ Functions: [{ FunctionName: 'a', FunctionArn: 'arn:a', PackageType: 'Image', TracingConfig: { Mode: 'Active' } }] });
    lambda.on(ListFunctionUrlConfigsCommand, { FunctionName: 'a' }).resolves({ FunctionUrlConfigs: [] });
    lambda.on(ListFunctionUrlConfigsCommand, { FunctionName: 'b' }).resolves({
      FunctionUrlConfigs: [{ FunctionUrl: 'https://u', FunctionArn: 'arn:b', AuthType: 'NONE', CreationTime: 'x', LastModifiedTime: 'x' }],
    });
    lambda.on(GetPolicyCommand, { FunctionName: 'a' }).rejects(awsError('ResourceNotFoundException', 404));
    lambda
      .on(GetPolicyCommand, { FunctionName: 'b' })
      .resolves({ Policy: JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: '*', Action: 'lambda:*' }] }) });
    const { inventory } = await collect([LAMBDA_FUNCTIONS, LAMBDA_FUNCTION_URLS, LAMBDA_POLICIES]);
    expect(lambda.commandCalls(ListFunctionsCommand)[1]!.args[0].input).toMatchObject({ Marker: 'm1' });
    expect(result(inventory, LAMBDA_FUNCTIONS.id)).toEqual({
      ok: true,
      value: [
        { name: 'a', arn: 'arn:a', packageType: 'Image', environmentVariables: 0, tracingMode: 'Active' },
        { name: 'b', arn: 'arn:b', packageType: 'Zip', runtime: 'python3.13', environmentVariables: 1 },
      ],
    });
    expect(JSON.stringify(inventory)).not.toContain('hunter2');
    expect(result(inventory, LAMBDA_FUNCTION_URLS.id)).toEqual({
      ok: true,
      value: { a: { ok: true, value: [] }, b: { ok: true, value: [{ url: 'https://u', authType: 'NONE' }] } },
    });
    expect(result(inventory, LAMBDA_POLICIES.id)).toMatchObject({
      ok: true,
      value: { a: { ok: true, value: null }, b: { ok: true, value: { statements: [{ effect: 'Allow' }] } } },
    });
  });

  it('records AccessDenied on ListFunctions as denied and makes no per-function calls', async () => {
    lambda.on(ListFunctionsCommand).rejects(awsError('AccessDeniedException', 403));
    const { inventory } = await collect([LAMBDA_POLICIES]);
    expect(result(inventory, LAMBDA_POLICIES.id)).toMatchObject({ ok: false, error: { kind: 'denied', api: 'lambda:ListFunctions' } });
    expect(lambda.commandCalls(GetPolicyCommand)).toHaveLength(0);
  });

  it('keeps a denied GetPolicy on its function', async () => {
    lambda.on(ListFunctionsCommand).resolves({ Functions: [{ FunctionName: 'a', FunctionArn: 'arn:a' }] });
    lambda.on(GetPolicyCommand).rejects(awsError('AccessDeniedException', 403));
    const { inventory } = await collect([LAMBDA_POLICIES]);
    expect(result(inventory, LAMBDA_POLICIES.id)).toMatchObject({
      ok: true,
      value: { a: { ok: false, error: { kind: 'denied', api: 'lambda:GetPolicy' } } },
    });
  });

  it('lets the SDK retry throttling, then succeeds', async () => {
    lambda.restore();
    try {
      const list = throttledThen({ Functions: [{ FunctionName: 'a', FunctionArn: 'arn:a' }] }, 2, 'TooManyRequestsException');
      const { inventory, stats } = await collect([LAMBDA_FUNCTIONS], { client: { configure: fakeService({ ListFunctions: list }) } });
      expect(result(inventory, LAMBDA_FUNCTIONS.id)).toMatchObject({ ok: true, value: [{ name: 'a' }] });
      expect(stats.toJSON()['lambda:ListFunctions']).toMatchObject({ calls: 1, attempts: 3, throttles: 2 });
    } finally {
      lambda = mockClient(LambdaClient);
    }
  });
});
