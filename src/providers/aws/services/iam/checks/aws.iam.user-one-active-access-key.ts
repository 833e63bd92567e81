import type { Check } from '../../../../../model/check.js';
import { GLOBAL } from '../../../../../model/keys.js';
import { accountResource, awsResource, fail, pass, readGlobal } from '../../../../check-kit.js';
import { IAM_CREDENTIAL_REPORT, ROOT_USER } from '../state.js';

export const iamUserOneActiveAccessKey: Check = {
  meta: {
    id: 'aws.iam.user-one-active-access-key',
    title: 'IAM users have at most one active access key',
    provider: 'aws',
    service: 'iam',
    resourceType: 'AWS::IAM::User',
    severity: 'medium',
    requires: [IAM_CREDENTIAL_REPORT],
    rationale:
      'One finding per IAM user in the credential report (the root user is judged by aws.iam.root-no-access-keys). Fails when both access key slots hold an active key (access_key_1_active and access_key_2_active true); passes with one or none. ' +
      'A second key is meant for rotation only; two active keys double the long-lived secrets that can leak and hide which one a workload really uses.',
    remediation: {
      text: 'Move every workload to one key, then deactivate and delete the other.',
      console: 'IAM → Users → <user> → Security credentials → Access keys → Deactivate / Delete',
      cli: 'aws iam update-access-key --user-name <user> --access-key-id <id> --status Inactive && aws iam delete-access-key --user-name <user> --access-key-id <id>',
    },
    cis: ['1.13'],
  },
  evaluate(ctx) {
    return readGlobal(ctx, IAM_CREDENTIAL_REPORT, accountResource(ctx), (report) =>
      report.rows
        .filter((r) => r.user !== ROOT_USER)
        .map((r) => {
          const resource = awsResource(ctx, 'AWS::IAM::User', GLOBAL, r.arn, r.user);
          const active = r.accessKeys.filter((k) => k.active).map((k) => k.slot);
          return active.length > 1
            ? fail(resource, 'several-active-keys', `User ${r.user} has ${active.length} active access keys.`, { activeKeySlots: active })
            : pass(resource, 'at-most-one-active-key', `User ${r.user} has ${active.length === 0 ? 'no' : 'one'} active access key.`, {
                activeKeySlots: active,
              });
        }),
    );
  },
};
