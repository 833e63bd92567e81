import type { Check, Finding } from '../../../../../model/check.js';
import type { ResourceRef } from '../../../../../model/resource.js';
import { errorFinding, fail, notApplicable, pass, readGlobal } from '../../../../check-kit.js';
import { resourceGroupOf } from '../../../arm-state.js';
import { azureResource, eachItem, groupOf, groupsByName, subscriptionResource, tagValue } from '../../../check-kit.js';
import { AZURE_RESOURCE_GROUPS, AZURE_RESOURCES, type GenericResource } from '../state.js';

const GROUP_TYPE = 'Microsoft.Resources/resourceGroups';

function hasTag(tags: Record<string, string> | undefined, name: string): boolean {
  return Boolean(tagValue(tags, name)?.trim());
}

export const resourcesOwnerTagPresent: Check = {
  meta: {
    id: 'azure.resources.owner-tag-present',
    title: 'Resources and resource groups name an owner',
    provider: 'azure',
    service: 'resources',
    resourceType: 'Microsoft.Resources/resources',
    severity: 'low',
    requires: [AZURE_RESOURCES, AZURE_RESOURCE_GROUPS],
    rationale:
      'Every resource group, and every resource, must carry a non-empty owner tag (the `azureOwnerTag` param, default `owner`, matched case-insensitively as Azure does). ' +
      "A resource without the tag passes when its resource group has one, since the group's owner answers for what it holds. If that group is not in the resource group list, the result is an error rather than a fail. Resources managed by another resource (managedBy) are not_applicable: their manager is tagged instead. " +
      'An inventory where each asset has a named owner is what lets access reviews, incident response and clean-up reach a person.',
    remediation: {
      text: 'Tag each resource group (and resources that belong to someone else) with the owner tag; an Azure Policy "require a tag" or "inherit a tag from the resource group" assignment keeps it that way.',
      cli: 'az tag update --resource-id <resource-or-group-id> --operation Merge --tags owner=<team-or-person>',
    },
  },
  evaluate(ctx) {
    const tag = ctx.params.azureOwnerTag;
    const groups = groupsByName(ctx);
    // An unreadable group list is reported on the groups as a whole, so it never shares an
    // evidence id with an unreadable resource list (reported on the subscription).
    const sub = subscriptionResource(ctx);
    const allGroups: ResourceRef = {
      ...sub,
      type: GROUP_TYPE,
      id: `${sub.id}/resourcegroups`,
      arn: `${sub.arn}/resourceGroups`,
      name: `${sub.name} resource groups`,
    };
    const groupFindings: Finding[] = readGlobal(ctx, AZURE_RESOURCE_GROUPS, allGroups, (list) =>
      list.map((g) => {
        const resource = azureResource(ctx, GROUP_TYPE, g);
        return hasTag(g.tags, tag)
          ? pass(resource, 'owner-tagged', `Resource group ${g.name} is tagged ${tag}.`, { tag, on: 'group' })
          : fail(resource, 'owner-missing', `Resource group ${g.name} has no ${tag} tag.`, { tag });
      }),
    );
    const one = (r: GenericResource, resource: ResourceRef): Finding => {
      if (r.managedBy)
        return notApplicable(resource, 'managed-resource', `${r.name} is managed by another resource, which carries its ownership.`, {
          managedBy: r.managedBy,
        });
      if (hasTag(r.tags, tag)) return pass(resource, 'owner-tagged', `${r.name} is tagged ${tag}.`, { tag, on: 'resource' });
      const rg = resourceGroupOf(r.id) ?? '';
      const group = groupOf(groups, r.id);
      if (!group.ok) return errorFinding(resource, group.error, `whether ${r.name} inherits an owner from resource group ${rg}`);
      return hasTag(group.value.tags, tag)
        ? pass(resource, 'owner-inherited', `${r.name} has no ${tag} tag, but its resource group ${rg} does.`, { tag, on: 'group' })
        : fail(resource, 'owner-missing', `${r.name} has no ${tag} tag, nor does its resource group ${rg}.`, { tag, resourceGroup: rg });
    };
    return [
      ...groupFindings,
      ...eachItem(ctx, AZURE_RESOURCES, 'Microsoft.Resources/resources', (r) => one(r, azureResource(ctx, r.type, r))),
    ];
  },
};
