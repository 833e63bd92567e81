import type { Check } from '../../../../model/check.js';
import { cloudWatchCloudtrailChangesMonitored } from './checks/aws.cloudwatch.cloudtrail-changes-monitored.js';
import { cloudWatchCmkDisableDeletionMonitored } from './checks/aws.cloudwatch.cmk-disable-deletion-monitored.js';
import { cloudWatchConfigChangesMonitored } from './checks/aws.cloudwatch.config-changes-monitored.js';
import { cloudWatchConsoleAuthFailuresMonitored } from './checks/aws.cloudwatch.console-auth-failures-monitored.js';
import { cloudWatchConsoleSigninWithoutMfaMonitored } from './checks/aws.cloudwatch.console-signin-without-mfa-monitored.js';
import { cloudWatchIamPolicyChangesMonitored } from './checks/aws.cloudwatch.iam-policy-changes-monitored.js';
import { cloudWatchNaclChangesMonitored } from './checks/aws.cloudwatch.nacl-changes-monitored.js';
import { cloudWatchNetworkGatewayChangesMonitored } from './checks/aws.cloudwatch.network-gateway-changes-monitored.js';
import { cloudWatchOrganizationsChangesMonitored } from './checks/aws.cloudwatch.organizations-changes-monitored.js';
import { cloudWatchRootUsageMonitored } from './checks/aws.cloudwatch.root-usage-monitored.js';
import { cloudWatchRouteTableChangesMonitored } from './checks/aws.cloudwatch.route-table-changes-monitored.js';
import { cloudWatchS3BucketPolicyChangesMonitored } from './checks/aws.cloudwatch.s3-bucket-policy-changes-monitored.js';
import { cloudWatchSecurityGroupChangesMonitored } from './checks/aws.cloudwatch.security-group-changes-monitored.js';
import { cloudWatchUnauthorizedApiCallsMonitored } from './checks/aws.cloudwatch.unauthorized-api-calls-monitored.js';
import { cloudWatchVpcChangesMonitored } from './checks/aws.cloudwatch.vpc-changes-monitored.js';

/** Sorted by id. */
export const cloudWatchChecks: readonly Check[] = [
  cloudWatchCloudtrailChangesMonitored,
  cloudWatchCmkDisableDeletionMonitored,
  cloudWatchConfigChangesMonitored,
  cloudWatchConsoleAuthFailuresMonitored,
  cloudWatchConsoleSigninWithoutMfaMonitored,
  cloudWatchIamPolicyChangesMonitored,
  cloudWatchNaclChangesMonitored,
  cloudWatchNetworkGatewayChangesMonitored,
  cloudWatchOrganizationsChangesMonitored,
  cloudWatchRootUsageMonitored,
  cloudWatchRouteTableChangesMonitored,
  cloudWatchS3BucketPolicyChangesMonitored,
  cloudWatchSecurityGroupChangesMonitored,
  cloudWatchUnauthorizedApiCallsMonitored,
  cloudWatchVpcChangesMonitored,
];
