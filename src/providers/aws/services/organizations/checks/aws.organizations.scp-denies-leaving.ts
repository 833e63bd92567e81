import type { Check } from '../../../../../model/check.js';
import { fail, notApplicable, pass, readGlobal } from '../../../../check-kit.js';
import { attachedToRoot, deniesAction, organizationResource, targetList } from '../scp-kit.js';
import { ORGANIZATIONS_SCPS } from '../state.js';

export const organizationsScpDeniesLeaving: Check = {
  meta: {
    id: 'aws.organizations.scp-denies-leaving',
    title: 'An SCP attached to the root denies leaving the organisation',
    provider: 'aws',
    service: 'organizations',
    resourceType: 'AWS::Organizations::Organization',
    severity: 'medium',
    requires: [ORGANIZATIONS_SCPS],
    rationale:
      'One organisation-level result, read in the management account. Passes when a service control policy attached to the organisation root has a ' +
      'Deny statement covering organizations:LeaveOrganization (through Action, wildcards included, or by leaving it out of NotAction); conditions ' +
      'that exempt a break-glass role are accepted and named. Fails when no SCP denies it, or when the denying SCPs are attached only to OUs or ' +
      'accounts, since only a root attachment is sure to bind every account. A member account that leaves also leaves every guardrail, organisation ' +
      'trail and delegated security service. Other accounts are not_applicable: the policies are judged in the management account.',
    remediation: {
      text: 'Attach to the root an SCP with a statement denying organizations:LeaveOrganization on "*".',
      console: 'AWS Organizations → Policies → Service control policies → Create policy → Attach to Root',
      cli: 'aws organizations attach-policy --policy-id <p-…> --target-id <r-…>',
    },
    cis: ['2.1.2'],
  },
  evaluate(ctx) {
    const org = organizationResource(ctx);
    return readGlobal(ctx, ORGANIZATIONS_SCPS, org, (scps) => {
      if (scps.scope !== 'management') {
        return [notApplicable(org, 'not-management-account', 'Service control policies are judged in the management account.', {})];
      }
      const denying = scps.policies.filter((p) => p.document.statements.some((s) => deniesAction(s, 'organizations:LeaveOrganization')));
      const atRoot = denying.find(attachedToRoot);
      if (atRoot) {
        const conditioned = atRoot.document.statements.some(
          (s) => deniesAction(s, 'organizations:LeaveOrganization') && Object.keys(s.condition).length,
        );
        return [
          pass(
            org,
            'leaving-denied',
            `SCP ${atRoot.name}, attached to the root, denies leaving the organisation${conditioned ? ' (with conditions)' : ''}.`,
            {
              policy: atRoot.name,
              conditioned,
            },
          ),
        ];
      }
      if (denying.length) {
        return [
          fail(
            org,
            'leaving-denied-not-at-root',
            `SCP ${denying[0]!.name} denies leaving the organisation but is attached to ${targetList(denying[0]!)}, not the root.`,
            {
              policies: denying.map((p) => p.name),
            },
          ),
        ];
      }
      return [
        fail(org, 'leaving-allowed', `None of the ${scps.policies.length} SCPs denies organizations:LeaveOrganization.`, {
          policies: scps.policies.length,
        }),
      ];
    });
  },
};
