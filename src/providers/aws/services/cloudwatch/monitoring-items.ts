/**
 * The 15 CloudTrail events the CIS AWS Foundations Benchmark v7.0.0 (section 5) asks to be
 * counted by a metric filter and alarmed on. Each item's `required` patterns say which events
 * must be counted; a filter covers the item when it counts every event of one of them (the
 * benchmark offers a narrower alternative for console sign-in without MFA).
 */
import { type PatternNode, parseFilterPattern } from './filter-pattern.js';

export interface MonitoringItem {
  /** The middle of the check id: `aws.cloudwatch.<slug>-monitored`. */
  slug: string;
  cis: string;
  /** What is watched, as a noun phrase for titles and messages. */
  subject: string;
  /** Why an alert on it matters, one sentence in our own words. */
  why: string;
  /** The benchmark's patterns (with explicit grouping), as written for `put-metric-filter`. */
  patterns: readonly string[];
  /** Event sources the events come from; a trail that excludes one of them cannot deliver them. */
  eventSources: readonly string[];
}

const names = (...events: string[]): string => events.map((e) => `($.eventName = ${e})`).join(' || ');

export const MONITORING_ITEMS: readonly MonitoringItem[] = [
  {
    slug: 'unauthorized-api-calls',
    cis: '5.1',
    subject: 'unauthorised API calls',
    why: 'Bursts of denied calls are an early sign of stolen credentials probing what they can reach.',
    patterns: [
      '{ (($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*")) && ($.sourceIPAddress != "delivery.logs.amazonaws.com") && ($.eventName != "HeadBucket") }',
    ],
    eventSources: [],
  },
  {
    slug: 'console-signin-without-mfa',
    cis: '5.2',
    subject: 'console sign-ins without MFA',
    why: 'A console session opened with a password alone is the easiest one to steal.',
    patterns: [
      '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") }',
      '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }',
    ],
    eventSources: ['signin.amazonaws.com'],
  },
  {
    slug: 'root-usage',
    cis: '5.3',
    subject: 'use of the root user',
    why: 'The root user cannot be limited by policies, so every use of it should be seen at once.',
    patterns: ['{ ($.userIdentity.type = "Root") && ($.userIdentity.invokedBy NOT EXISTS) && ($.eventType != "AwsServiceEvent") }'],
    eventSources: [],
  },
  {
    slug: 'iam-policy-changes',
    cis: '5.4',
    subject: 'IAM policy changes',
    why: 'Changed policies are how access quietly grows, whether by mistake or by an intruder keeping a foothold.',
    patterns: [
      `{ ${names(
        'DeleteGroupPolicy',
        'DeleteRolePolicy',
        'DeleteUserPolicy',
        'PutGroupPolicy',
        'PutRolePolicy',
        'PutUserPolicy',
        'CreatePolicy',
        'DeletePolicy',
        'CreatePolicyVersion',
        'DeletePolicyVersion',
        'AttachRolePolicy',
        'DetachRolePolicy',
        'AttachUserPolicy',
        'DetachUserPolicy',
        'AttachGroupPolicy',
        'DetachGroupPolicy',
      )} }`,
    ],
    eventSources: ['iam.amazonaws.com'],
  },
  {
    slug: 'cloudtrail-changes',
    cis: '5.5',
    subject: 'CloudTrail configuration changes',
    why: 'Stopping or changing a trail is how an intruder blinds the audit record before acting.',
    patterns: [`{ ${names('CreateTrail', 'UpdateTrail', 'DeleteTrail', 'StartLogging', 'StopLogging')} }`],
    eventSources: ['cloudtrail.amazonaws.com'],
  },
  {
    slug: 'console-auth-failures',
    cis: '5.6',
    subject: 'console authentication failures',
    why: 'Repeated failed sign-ins point to password guessing and give the source address to investigate.',
    patterns: ['{ ($.eventName = "ConsoleLogin") && ($.errorMessage = "Failed authentication") }'],
    eventSources: ['signin.amazonaws.com'],
  },
  {
    slug: 'cmk-disable-deletion',
    cis: '5.7',
    subject: 'disabling or scheduled deletion of customer managed KMS keys',
    why: 'Data encrypted under a disabled or deleted key becomes unreadable, so the change must be intended.',
    patterns: ['{ ($.eventSource = "kms.amazonaws.com") && (($.eventName = "DisableKey") || ($.eventName = "ScheduleKeyDeletion")) }'],
    eventSources: ['kms.amazonaws.com'],
  },
  {
    slug: 's3-bucket-policy-changes',
    cis: '5.8',
    subject: 'S3 bucket policy changes',
    why: 'A loosened bucket policy or ACL can expose data within minutes, so it must be noticed quickly.',
    patterns: [
      `{ ($.eventSource = "s3.amazonaws.com") && (${names(
        'PutBucketAcl',
        'PutBucketPolicy',
        'PutBucketCors',
        'PutBucketLifecycle',
        'PutBucketReplication',
        'DeleteBucketPolicy',
        'DeleteBucketCors',
        'DeleteBucketLifecycle',
        'DeleteBucketReplication',
      )}) }`,
    ],
    eventSources: ['s3.amazonaws.com'],
  },
  {
    slug: 'config-changes',
    cis: '5.9',
    subject: 'AWS Config configuration changes',
    why: 'Stopping the recorder or changing its delivery removes the record of how resources were configured.',
    patterns: [
      `{ ($.eventSource = "config.amazonaws.com") && (${names(
        'StopConfigurationRecorder',
        'DeleteDeliveryChannel',
        'PutDeliveryChannel',
        'PutConfigurationRecorder',
      )}) }`,
    ],
    eventSources: ['config.amazonaws.com'],
  },
  {
    slug: 'security-group-changes',
    cis: '5.10',
    subject: 'security group changes',
    why: 'An opened security group can expose a workload to the internet without anyone deploying anything.',
    patterns: [
      `{ ${names(
        'AuthorizeSecurityGroupIngress',
        'AuthorizeSecurityGroupEgress',
        'RevokeSecurityGroupIngress',
        'RevokeSecurityGroupEgress',
        'CreateSecurityGroup',
        'DeleteSecurityGroup',
        'ModifySecurityGroupRules',
      )} }`,
    ],
    eventSources: ['ec2.amazonaws.com'],
  },
  {
    slug: 'nacl-changes',
    cis: '5.11',
    subject: 'network ACL changes',
    why: 'Network ACLs filter whole subnets; a changed rule can open or cut off many resources at once.',
    patterns: [
      `{ ${names(
        'CreateNetworkAcl',
        'CreateNetworkAclEntry',
        'DeleteNetworkAcl',
        'DeleteNetworkAclEntry',
        'ReplaceNetworkAclEntry',
        'ReplaceNetworkAclAssociation',
      )} }`,
    ],
    eventSources: ['ec2.amazonaws.com'],
  },
  {
    slug: 'network-gateway-changes',
    cis: '5.12',
    subject: 'network gateway changes',
    why: 'Gateways are the only ways in and out of a VPC; a new or moved one changes what can reach it.',
    patterns: [
      `{ ${names(
        'CreateCustomerGateway',
        'DeleteCustomerGateway',
        'AttachInternetGateway',
        'CreateInternetGateway',
        'DeleteInternetGateway',
        'DetachInternetGateway',
      )} }`,
    ],
    eventSources: ['ec2.amazonaws.com'],
  },
  {
    slug: 'route-table-changes',
    cis: '5.13',
    subject: 'route table changes',
    why: 'A changed route can send traffic around the controls it was meant to pass through.',
    patterns: [
      `{ ($.eventSource = "ec2.amazonaws.com") && (${names(
        'CreateRoute',
        'CreateRouteTable',
        'ReplaceRoute',
        'ReplaceRouteTableAssociation',
        'DeleteRouteTable',
        'DeleteRoute',
        'DisassociateRouteTable',
      )}) }`,
    ],
    eventSources: ['ec2.amazonaws.com'],
  },
  {
    slug: 'vpc-changes',
    cis: '5.14',
    subject: 'VPC changes',
    why: 'New VPCs and peering connections change which networks can talk to each other.',
    patterns: [
      `{ ${names(
        'CreateVpc',
        'DeleteVpc',
        'ModifyVpcAttribute',
        'AcceptVpcPeeringConnection',
        'CreateVpcPeeringConnection',
        'DeleteVpcPeeringConnection',
        'RejectVpcPeeringConnection',
        'AttachClassicLinkVpc',
        'DetachClassicLinkVpc',
        'DisableVpcClassicLink',
        'EnableVpcClassicLink',
      )} }`,
    ],
    eventSources: ['ec2.amazonaws.com'],
  },
  {
    slug: 'organizations-changes',
    cis: '5.15',
    subject: 'AWS Organizations changes',
    why: 'Organisation changes move accounts and guardrails; an unexpected one can lift controls from many accounts.',
    patterns: [
      `{ ($.eventSource = "organizations.amazonaws.com") && (${names(
        'AcceptHandshake',
        'AttachPolicy',
        'CreateAccount',
        'CreateOrganizationalUnit',
        'CreatePolicy',
        'DeclineHandshake',
        'DeleteOrganization',
        'DeleteOrganizationalUnit',
        'DeletePolicy',
        'DetachPolicy',
        'DisablePolicyType',
        'EnablePolicyType',
        'InviteAccountToOrganization',
        'LeaveOrganization',
        'MoveAccount',
        'RemoveAccountFromOrganization',
        'UpdatePolicy',
        'UpdateOrganizationalUnit',
      )}) }`,
    ],
    eventSources: ['organizations.amazonaws.com'],
  },
];

const parsed = new Map<string, PatternNode[]>();

/** The item's patterns, parsed once; a pattern here that does not parse is a bug, so it throws. */
export function requiredPatterns(item: MonitoringItem): PatternNode[] {
  let nodes = parsed.get(item.slug);
  if (!nodes) {
    nodes = item.patterns.map((p) => {
      const r = parseFilterPattern(p);
      if (!r.ok) throw new Error(`monitoring item ${item.cis}: ${r.reason}`);
      return r.node;
    });
    parsed.set(item.slug, nodes);
  }
  return nodes;
}

export function monitoringItem(cis: string): MonitoringItem {
  const item = MONITORING_ITEMS.find((i) => i.cis === cis);
  if (!item) throw new Error(`no monitoring item ${cis}`);
  return item;
}
