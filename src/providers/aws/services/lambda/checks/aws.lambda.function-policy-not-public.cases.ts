import { type CheckCases, denied, ok, snapshot } from '../../../../../../test/support/snapshot.js';
import { parsePolicyDocument } from '../../../iam-policy.js';
import { publicCases } from '../../../policy/public.fixtures.js';
import { fn, R } from '../state.fixtures.js';
import { LAMBDA_FUNCTIONS, LAMBDA_POLICIES } from '../state.js';
import { lambdaFunctionPolicyNotPublic as check } from './aws.lambda.function-policy-not-public.js';

const policy = (statement: object) => ok(parsePolicyDocument(JSON.stringify({ Statement: [statement] })));
const s3Grant = (condition?: object) => ({
  Sid: 's3',
  Effect: 'Allow',
  Principal: { Service: 's3.amazonaws.com' },
  Action: 'lambda:InvokeFunction',
  ...(condition ? { Condition: condition } : {}),
});
const base = (p: unknown) =>
  snapshot()
    .regional(LAMBDA_FUNCTIONS, R, [fn('worker')])
    .regional(LAMBDA_POLICIES, R, { worker: p as never });

export const table: CheckCases = {
  check,
  cases: [
    { name: 'no policy passes', snapshot: base(ok(null)), expected: [['pass', 'policy-none']] },
    {
      name: 'service principal pinned by source ARN passes',
      snapshot: base(policy(s3Grant({ ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::uploads' } }))),
      expected: [['pass', 'policy-not-public']],
    },
    {
      // AWS Config lambda-function-public-access-prohibited: bucket ARNs carry no account, so any account's bucket could invoke it.
      name: 's3.amazonaws.com without aws:SourceAccount or aws:SourceArn fails',
      snapshot: base(policy(s3Grant())),
      expected: [['fail', 's3-source-unpinned']],
    },
    {
      name: 's3.amazonaws.com pinned by aws:SourceAccount passes',
      snapshot: base(policy(s3Grant({ StringEquals: { 'AWS:SourceAccount': '123456789012' } }))),
      expected: [['pass', 'policy-not-public']],
    },
    {
      name: 's3.amazonaws.com with a wildcard aws:SourceArn fails',
      snapshot: base(policy(s3Grant({ ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::*' } }))),
      expected: [['fail', 's3-source-unpinned']],
    },
    {
      name: 'other service principals without a source pass (only S3 is judged)',
      snapshot: base(policy({ ...s3Grant(), Principal: { Service: 'events.amazonaws.com' } })),
      expected: [['pass', 'policy-not-public']],
    },
    {
      name: 'wildcard principal pinned to the organisation passes',
      snapshot: base(
        policy({
          Effect: 'Allow',
          Principal: '*',
          Action: 'lambda:InvokeFunction',
          Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } },
        }),
      ),
      expected: [['pass', 'policy-not-public']],
    },
    {
      name: 'wildcard principal without condition fails',
      snapshot: base(policy({ Sid: 'open', Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunction' })),
      expected: [['fail', 'policy-public']],
    },
    ...publicCases('lambda:InvokeFunction', (p) => base(ok(p))),
    { name: 'unreadable policy is an error', snapshot: base(denied('lambda:GetPolicy')), expected: [['error', 'error.denied']] },
  ],
};
