import type { Check } from '../../../../../model/check.js';
import { type FetchError, missingData } from '../../../../../model/fetched.js';
import {
  accountResource,
  awsResource,
  errorFinding,
  fail,
  notApplicable,
  notCollected,
  pass,
  readRegional,
} from '../../../../check-kit.js';
import { EC2_FLOW_LOGS, EC2_VPCS } from '../state.js';

/** Traffic types that record rejected connections, which is what probing looks like. */
const USEFUL = new Set(['ALL', 'REJECT']);

/** An answer that arrived without a field the verdict depends on. */
const gap = (api: string, message: string): FetchError => missingData(api, message);

export const ec2VpcFlowLogsEnabled: Check = {
  meta: {
    id: 'aws.ec2.vpc-flow-logs-enabled',
    title: 'VPCs have flow logs capturing rejected traffic',
    provider: 'aws',
    service: 'ec2',
    resourceType: 'AWS::EC2::VPC',
    severity: 'medium',
    requires: [EC2_VPCS, EC2_FLOW_LOGS],
    rationale:
      'Evaluates every VPC in every scanned region. Passes when at least one VPC-level flow log is ACTIVE and captures REJECT or ALL traffic. Fails when there is none, or when the only active ones capture accepted traffic alone. Subnet- and interface-level flow logs do not count. ' +
      'A VPC shared into this account from another (through AWS RAM) is not_applicable, since only its owner can attach VPC flow logs. ' +
      'When no flow log qualifies and an active one has no traffic type, or the VPC has no owner id, the result is an error, since either could change it. ' +
      'Flow logs are the only record of which addresses talked to what inside a VPC; without them, scanning, exfiltration and lateral movement leave no network trace to investigate.',
    remediation: {
      text: 'Create a VPC flow log capturing ALL (or at least REJECT) traffic to CloudWatch Logs or S3.',
      console: 'VPC → Your VPCs → VPC → Flow logs → Create flow log → Filter: All or Reject',
      cli: 'aws ec2 create-flow-logs --resource-type VPC --resource-ids <vpc-id> --traffic-type ALL --log-destination-type s3 --log-destination <bucket-arn>',
    },
    cis: ['4.7'],
  },
  evaluate(ctx) {
    return readRegional(
      ctx,
      EC2_VPCS,
      (r) => accountResource(ctx, 'AWS::::Account', r),
      (vpcs, region) => {
        const entry = ctx.snapshot.entry(EC2_FLOW_LOGS, region);
        return vpcs.map((v) => {
          const resource = awsResource(ctx, 'AWS::EC2::VPC', region, v.arn, v.id);
          if (v.ownerId && v.ownerId !== ctx.snapshot.account) {
            return notApplicable(resource, 'vpc-shared', `VPC ${v.id} is shared from account ${v.ownerId}, which manages its flow logs.`, {
              ownerId: v.ownerId,
            });
          }
          // The flow log list is per region; if it failed, every VPC there is unknown.
          if (!entry) return notCollected(resource, EC2_FLOW_LOGS.id);
          if (!entry.result.ok) return errorFinding(resource, entry.result.error);
          const mine = entry.result.value.filter((f) => f.resourceId === v.id);
          const observed = {
            flowLogs: mine.map((f) => ({
              id: f.id,
              status: f.status,
              trafficType: f.trafficType ?? null,
              destinationType: f.destinationType ?? null,
            })),
          };
          const active = mine.filter((f) => f.status === 'ACTIVE');
          if (active.some((f) => f.trafficType !== undefined && USEFUL.has(f.trafficType))) {
            return pass(resource, 'flow-logs-enabled', `VPC ${v.id} has an active flow log capturing rejected traffic.`, observed);
          }
          // Anything short of a pass needs facts the inventory may lack: an unknown traffic type
          // could be ALL, and an unknown owner could make the VPC someone else's to log.
          const untyped = active.find((f) => f.trafficType === undefined);
          if (untyped) return errorFinding(resource, gap('ec2:DescribeFlowLogs', `flow log ${untyped.id} of ${v.id} has no traffic type`));
          if (!v.ownerId)
            return errorFinding(resource, gap('ec2:DescribeVpcs', `VPC ${v.id} has no owner id, so it may be shared from another account`));
          if (active.length) {
            return fail(resource, 'flow-logs-accept-only', `VPC ${v.id} has flow logs, but they capture accepted traffic only.`, observed);
          }
          return fail(resource, 'no-flow-logs', `VPC ${v.id} has no active flow log.`, observed);
        });
      },
    );
  },
};
