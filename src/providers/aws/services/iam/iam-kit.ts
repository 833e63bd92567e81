/** Helpers shared by the IAM checks. Pure; no I/O. */

import type { CheckContext, Finding } from '../../../../model/check.js';
import { missingData } from '../../../../model/fetched.js';
import { GLOBAL } from '../../../../model/keys.js';
import type { ResourceRef } from '../../../../model/resource.js';
import { awsResource } from '../../../check-kit.js';
import { type CredentialReport, type CredentialReportRow, ROOT_USER } from './state.js';

/** The root user, as the resource of root-user findings. */
export function rootResource(ctx: CheckContext): ResourceRef {
  const account = ctx.snapshot.account;
  return awsResource(ctx, 'AWS::::Account', GLOBAL, `arn:${ctx.snapshot.partition}:iam::${account}:root`, `root user (${account})`);
}

export function userResource(ctx: CheckContext, name: string, arn: string): ResourceRef {
  return awsResource(ctx, 'AWS::IAM::User', GLOBAL, arn, name);
}

/** IAM users of the report, without the root user's row. */
export function reportUsers(report: CredentialReport): CredentialReportRow[] {
  return report.rows.filter((r) => r.user !== ROOT_USER);
}

/**
 * An error finding for report data that is present but unusable (e.g. an active key with no
 * creation date): the check cannot judge it, so it must not pass or fail.
 */
export function reportGap(resource: ResourceRef, message: string): Finding {
  const error = missingData('iam:GetCredentialReport', message);
  return { status: 'error', resource, messageId: `error.${error.kind}`, message: `Could not evaluate: ${message}.`, observed: {}, error };
}
