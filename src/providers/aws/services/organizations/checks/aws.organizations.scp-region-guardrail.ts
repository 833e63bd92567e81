import type { Check } from '../../../../../model/check.js';
import { fail, notApplicable, pass, readGlobal } from '../../../../check-kit.js';
import { conditionValues, type PolicyStatement } from '../../../iam-policy.js';
import { attachedToRoot, organizationResource, targetList } from '../scp-kit.js';
import { ORGANIZATIONS_SCPS } from '../state.js';

/** The approved regions a Deny statement leaves open, if it denies by aws:RequestedRegion. */
function approvedRegions(s: PolicyStatement): readonly string[] | undefined {
  if (s.effect !== 'Deny') return undefined;
  for (const op of ['StringNotEquals', 'StringNotEqualsIgnoreCase', 'StringNotLike']) {
    const v = conditionValues(s, op, 'aws:RequestedRegion');
    if (v?.length) return v;
  }
  return undefined;
}

export const organizationsScpRegionGuardrail: Check = {
  meta: {
    id: 'aws.organizations.scp-region-guardrail',
    title: 'An SCP attached to the root limits the regions accounts can use',
    provider: 'aws',
    service: 'organizations',
    resourceType: 'AWS::Organizations::Organization',
    severity: 'low',
    requires: [ORGANIZATIONS_SCPS],
    rationale:
      'One organisation-level result, read in the management account. Passes when a service control policy attached to the root has a Deny statement ' +
      'conditioned on aws:RequestedRegion with StringNotEquals or StringNotLike (deny everything outside the approved regions), and names those regions. ' +
      'Fails when none does, or when such SCPs are attached only to OUs or accounts. Unused regions are where unnoticed resources, crypto-mining and ' +
      'data copies hide; a region guardrail keeps activity where monitoring is. Whether the approved list is right, and which global services are ' +
      'exempted, stays for a person (CIS 2.1.2 is manual). Other accounts are not_applicable.',
    remediation: {
      text: 'Attach to the root an SCP that denies actions (except global services) when aws:RequestedRegion is not one of the approved regions.',
      console: 'AWS Organizations → Policies → Service control policies → Create policy (region deny example) → Attach to Root',
    },
    cis: ['2.1.2'],
  },
  evaluate(ctx) {
    const org = organizationResource(ctx);
    return readGlobal(ctx, ORGANIZATIONS_SCPS, org, (scps) => {
      if (scps.scope !== 'management') {
        return [notApplicable(org, 'not-management-account', 'Service control policies are judged in the management account.', {})];
      }
      const guards = scps.policies.filter((p) => p.document.statements.some((s) => approvedRegions(s)));
      const atRoot = guards.find(attachedToRoot);
      if (atRoot) {
        const regions = [...new Set(atRoot.document.statements.flatMap((s) => approvedRegions(s) ?? []))].sort();
        return [
          pass(org, 'regions-limited', `SCP ${atRoot.name}, attached to the root, denies requests outside ${regions.join(', ')}.`, {
            policy: atRoot.name,
            regions,
          }),
        ];
      }
      if (guards.length) {
        return [
          fail(
            org,
            'region-guardrail-not-at-root',
            `SCP ${guards[0]!.name} limits regions but is attached to ${targetList(guards[0]!)}, not the root.`,
            {
              policies: guards.map((p) => p.name),
            },
          ),
        ];
      }
      return [
        fail(org, 'regions-unlimited', `None of the ${scps.policies.length} SCPs limits aws:RequestedRegion.`, {
          policies: scps.policies.length,
        }),
      ];
    });
  },
};
