import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { readSubscription, SUBSCRIPTION_TYPE } from '../../../check-kit.js';
import { AZURE_SUBSCRIPTION_DIAGNOSTICS, type SubscriptionDiagnosticSetting } from '../state.js';

/** The activity log categories that record who changed what, security alerts and policy decisions. */
export const REQUIRED_CATEGORIES = ['Administrative', 'Alert', 'Policy', 'Security'] as const;

function destinations(s: SubscriptionDiagnosticSetting): string[] {
  const p = s.properties;
  return [
    p.workspaceId ? 'Log Analytics' : '',
    p.storageAccountId ? 'storage' : '',
    p.eventHubAuthorizationRuleId ? 'Event Hubs' : '',
    p.marketplacePartnerId ? 'partner solution' : '',
  ].filter(Boolean);
}

/** Categories a setting exports, with `allLogs` standing for every category. */
function exported(s: SubscriptionDiagnosticSetting): Set<string> {
  const on = s.properties.logs.filter((l) => l.enabled);
  if (on.some((l) => l.categoryGroup?.toLowerCase() === 'alllogs')) return new Set(REQUIRED_CATEGORIES);
  return new Set(on.flatMap((l) => (l.category ? [l.category] : [])));
}

export const monitorActivityLogExported: Check = {
  meta: {
    id: 'azure.monitor.activity-log-exported',
    title: 'The subscription activity log is exported by a diagnostic setting',
    provider: 'azure',
    service: 'monitor',
    resourceType: SUBSCRIPTION_TYPE,
    severity: 'high',
    requires: [AZURE_SUBSCRIPTION_DIAGNOSTICS],
    rationale:
      "Passes when the subscription's diagnostic settings, taken together, send the Administrative, Alert, Policy and Security categories (or `allLogs`) to at least one destination: Log Analytics, storage, Event Hubs or a partner. " +
      'Fails when no diagnostic setting exists or a category is not exported. Azure keeps the activity log for only 90 days; exporting it keeps the control-plane audit trail as long as needed and makes it queryable and alertable.',
    remediation: {
      text: 'Create a subscription diagnostic setting that sends at least the Administrative, Alert, Policy and Security categories to a Log Analytics workspace or storage account.',
      cli: 'az monitor diagnostic-settings subscription create --name activity-log --location <region> --workspace <workspace-id> --logs \'[{"category":"Administrative","enabled":true},{"category":"Alert","enabled":true},{"category":"Policy","enabled":true},{"category":"Security","enabled":true}]\'',
    },
    cis: ['6.1.1.1', '6.1.1.2'],
  },
  evaluate(ctx) {
    return readSubscription(ctx, AZURE_SUBSCRIPTION_DIAGNOSTICS, (settings, resource) => {
      const useful = settings.filter((s) => destinations(s).length > 0);
      const covered = new Set(useful.flatMap((s) => [...exported(s)]));
      const missing = REQUIRED_CATEGORIES.filter((c) => !covered.has(c));
      const observed = {
        settings: settings.map((s) => ({ name: s.name, destinations: destinations(s), categories: [...exported(s)].sort() })),
        missingCategories: missing,
      };
      if (!useful.length)
        return [fail(resource, 'not-exported', 'The subscription activity log is not exported by any diagnostic setting.', observed)];
      return missing.length === 0
        ? [
            pass(
              resource,
              'exported',
              'The subscription activity log is exported with the Administrative, Alert, Policy and Security categories.',
              observed,
            ),
          ]
        : [fail(resource, 'categories-missing', `The subscription activity log export leaves out ${missing.join(', ')}.`, observed)];
    });
  },
};
