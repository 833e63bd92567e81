import { type CheckCases, denied, ok, snapshot } from '../../../../../../test/support/snapshot.js';
import { parsePolicyDocument } from '../../../iam-policy.js';
import { publicCases } from '../../../policy/public.fixtures.js';
import { fn, R } from '../state.fixtures.js';
import { LAMBDA_FUNCTION_URLS, LAMBDA_FUNCTIONS, LAMBDA_POLICIES, type LambdaFunctionUrl } from '../state.js';
import { lambdaFunctionUrlNotPublic as check } from './aws.lambda.function-url-not-public.js';

const url = (authType: string): LambdaFunctionUrl => ({ url: 'https://abc.lambda-url.us-east-1.on.aws/', authType });
const publicUrlPolicy = parsePolicyDocument(
  JSON.stringify({
    Statement: [
      {
        Sid: 'FunctionURLAllowPublicAccess',
        Effect: 'Allow',
        Principal: '*',
        Action: 'lambda:InvokeFunctionUrl',
        Resource: '*',
        Condition: { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } },
      },
    ],
  }),
);
const base = (urls: unknown, policy: unknown = ok(null)) =>
  snapshot()
    .regional(LAMBDA_FUNCTIONS, R, [fn('api')])
    .regional(LAMBDA_FUNCTION_URLS, R, { api: urls as never })
    .regional(LAMBDA_POLICIES, R, { api: policy as never });

export const table: CheckCases = {
  check,
  cases: [
    { name: 'IAM-authenticated URL passes', snapshot: base(ok([url('AWS_IAM')])), expected: [['pass', 'url-iam-auth']] },
    {
      name: 'NONE URL with a public grant fails',
      snapshot: base(ok([url('NONE')]), ok(publicUrlPolicy)),
      expected: [['fail', 'url-public']],
    },
    {
      name: 'a public grant conditioned on AuthType AWS_IAM does not open a NONE URL',
      snapshot: base(
        ok([url('NONE')]),
        ok(
          parsePolicyDocument(
            JSON.stringify({
              Statement: {
                Effect: 'Allow',
                Principal: '*',
                Action: 'lambda:InvokeFunctionUrl',
                Resource: '*',
                Condition: { StringEquals: { 'lambda:FunctionUrlAuthType': 'AWS_IAM' } },
              },
            }),
          ),
        ),
      ),
      expected: [['pass', 'url-none-not-granted']],
    },
    {
      name: 'a public lambda:InvokeFunction alone does not open the URL',
      snapshot: base(
        ok([url('NONE')]),
        ok(parsePolicyDocument(JSON.stringify({ Statement: { Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunction' } }))),
      ),
      expected: [['pass', 'url-none-not-granted']],
    },
    ...publicCases('lambda:InvokeFunctionUrl', (p) => base(ok([url('NONE')]), ok(p)), {
      pass: 'url-none-not-granted',
      fail: 'url-public',
    }),
    { name: 'NONE URL without a grant passes', snapshot: base(ok([url('NONE')])), expected: [['pass', 'url-none-not-granted']] },
    { name: 'no URL is not applicable', snapshot: base(ok([])), expected: [['not_applicable', 'no-url']] },
    {
      name: 'unreadable URL list is an error',
      snapshot: base(denied('lambda:ListFunctionUrlConfigs')),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'unreadable policy behind a NONE URL is an error',
      snapshot: base(ok([url('NONE')]), denied('lambda:GetPolicy')),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'unlisted functions are an error',
      snapshot: snapshot().regional(LAMBDA_FUNCTIONS, R, denied()),
      expected: [['error', 'error.denied']],
    },
  ],
};
