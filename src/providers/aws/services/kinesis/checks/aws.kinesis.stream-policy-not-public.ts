import { PUBLIC_ACCESS_SEMANTICS, publicPolicyFinding } from '../../../policy/public-finding.js';
import { arnIn, eachEntry } from '../../each-resource.js';
import { KINESIS_STREAM_POLICIES } from '../state.js';

export const kinesisStreamPolicyNotPublic = eachEntry(
  {
    id: 'aws.kinesis.stream-policy-not-public',
    title: 'Kinesis data stream policies do not grant access to everyone',
    service: 'kinesis',
    resourceType: 'AWS::Kinesis::Stream',
    severity: 'high',
    requires: [KINESIS_STREAM_POLICIES],
    rationale:
      "A stream's resource-based policy (GetResourcePolicy) lets principals outside the account read records from it or write records to it. " +
      'Fails when the policy lets the public use the stream: anyone could then read its data or inject records. A stream without a policy ' +
      '(GetResourcePolicy answers an empty document) passes: only identities of its own account can use it. ' +
      PUBLIC_ACCESS_SEMANTICS,
    remediation: {
      text: 'Name the accounts or roles that need the stream, or pin the statement with aws:PrincipalOrgID / aws:SourceAccount.',
      console: 'Kinesis → Data streams → stream → Data stream sharing → Edit policy',
      cli: 'aws kinesis put-resource-policy --resource-arn <stream-arn> --policy file://policy.json',
    },
  },
  KINESIS_STREAM_POLICIES,
  (ctx, region, name) => arnIn(ctx, 'kinesis', region, `stream/${name}`),
  (doc, resource) => publicPolicyFinding(resource, `Stream ${resource.name}`, doc),
);
