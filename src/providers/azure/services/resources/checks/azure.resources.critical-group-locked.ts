import type { Check } from '../../../../../model/check.js';
import { all, fail, notApplicable, pass, readFetched } from '../../../../check-kit.js';
import { normalArmId } from '../../../arm-state.js';
import { criticalBecause, eachItem, subscriptionResource } from '../../../check-kit.js';
import { AZURE_LOCKS, AZURE_RESOURCE_GROUPS } from '../state.js';

const GROUP_TYPE = 'Microsoft.Resources/resourceGroups';
const PROTECTIVE = new Set(['cannotdelete', 'readonly']);

export const resourcesCriticalGroupLocked: Check = {
  meta: {
    id: 'azure.resources.critical-group-locked',
    title: 'Critical resource groups have a delete or read-only lock',
    provider: 'azure',
    service: 'resources',
    resourceType: GROUP_TYPE,
    severity: 'medium',
    requires: [AZURE_RESOURCE_GROUPS, AZURE_LOCKS],
    rationale:
      'A resource group is critical when a tag in `azureCriticalGroupTags` (default `criticality=critical`) or a name glob in `azureCriticalGroups` marks it. ' +
      'Each critical group passes when a CanNotDelete or ReadOnly lock applies to it, on the group itself or inherited from the subscription; it fails otherwise. Groups that are not critical are not reported; with none at all, the subscription is not_applicable. ' +
      'A lock sits outside role assignments, so an accident, a runaway script or a compromised Contributor cannot delete the group and everything in it in one call.',
    remediation: {
      text: 'Add a CanNotDelete lock to the resource group (ReadOnly also blocks changes and can break operations that write).',
      cli: 'az lock create --name protect-delete --lock-type CanNotDelete --resource-group <group>',
    },
  },
  evaluate(ctx) {
    const locks = readFetched(ctx, AZURE_LOCKS);
    const subscriptionId = normalArmId(subscriptionResource(ctx).arn!);
    const findings = eachItem(ctx, AZURE_RESOURCE_GROUPS, GROUP_TYPE, (g, resource) => {
      const why = criticalBecause(g, ctx.params);
      if (!why) return [];
      const got = all(resource, [locks]);
      if (!got.ok) return got.finding;
      const scopes = new Set([normalArmId(g.id), subscriptionId]);
      const protecting = got.values[0].filter(
        (l) => PROTECTIVE.has(l.properties.level.toLowerCase()) && scopes.has(normalArmId(l.scope).replace(/\/$/, '')),
      );
      const observed = {
        critical: why,
        locks: protecting.map((l) => ({
          name: l.name,
          level: l.properties.level,
          on: normalArmId(l.scope) === subscriptionId ? 'subscription' : 'group',
        })),
      };
      return protecting.length
        ? pass(resource, 'locked', `Critical resource group ${g.name} is protected by a ${protecting[0]!.properties.level} lock.`, observed)
        : fail(resource, 'not-locked', `Critical resource group ${g.name} (${why}) has no delete or read-only lock.`, observed);
    });
    if (findings.length === 0) {
      return [
        notApplicable(
          subscriptionResource(ctx),
          'no-critical-groups',
          'No resource group is marked critical by the azureCriticalGroupTags or azureCriticalGroups params.',
          {},
        ),
      ];
    }
    return findings;
  },
};
