/**
 * Activity log alerts for the operations the CIS benchmark names: one check per operation, each
 * passing when an enabled alert on this subscription fires on exactly that operation and notifies
 * an action group, without narrowing filters (level, status, caller) that would let events slip.
 */
import type { Check } from '../../../../model/check.js';
import { either, subscriptionCheck } from '../../service-kit/check.js';
import { type ActivityLogAlert, type AlertLeaf, AZURE_ACTIVITY_LOG_ALERTS } from './state.js';

const NARROWING = new Set(['level', 'status', 'caller', 'substatus']);

const eq = (a: string | undefined, b: string) => (a ?? '').toLowerCase() === b.toLowerCase();

function leafMatches(l: { field?: string; equals?: string; containsAny?: string[] }, field: string, value: string): boolean {
  return eq(l.field, field) && (eq(l.equals, value) || (l.containsAny ?? []).some((v) => eq(v, value)));
}

/** Whether the alert fires for `field` = `value` (directly or through one `anyOf`) with no narrowing filters and a notification target. */
export function alertCovers(a: ActivityLogAlert, subscriptionId: string, category: string, operation?: string): boolean {
  const p = a.properties;
  if (p.enabled === false) return false;
  if (!(p.scopes ?? []).some((s) => eq(s.replace(/\/+$/, ''), `/subscriptions/${subscriptionId}`))) return false;
  if (!(p.actions?.actionGroups ?? []).length) return false;
  const all: AlertLeaf[] = p.condition?.allOf ?? [];
  const has = (field: string, value: string) =>
    all.some((l) => leafMatches(l, field, value) || (l.anyOf ?? []).some((x) => leafMatches(x, field, value)));
  if (all.some((l) => NARROWING.has((l.field ?? '').toLowerCase()))) return false;
  const categoryLeaf = all.find((l) => eq(l.field, 'category'));
  if (categoryLeaf ? !leafMatches(categoryLeaf, 'category', category) : !operation) return false;
  return operation ? has('operationName', operation) : true;
}

export interface AlertSpec {
  id: string;
  cis: string;
  /** `Create or update network security group`. */
  what: string;
  /** `Microsoft.Network/networkSecurityGroups/write`; absent for a whole category (Service Health). */
  operation?: string;
  category?: string;
}

export function alertCheck(s: AlertSpec): Check {
  const category = s.category ?? 'Administrative';
  const target = s.operation ?? `the ${category} category`;
  return subscriptionCheck(
    {
      id: s.id,
      title: `An activity log alert fires on ${s.what.toLowerCase()}`,
      service: 'monitor',
      resourceType: 'Microsoft.Resources/subscriptions',
      severity: 'medium',
      rationale:
        `One result per subscription. Passes when an enabled activity log alert scoped to the subscription matches ${target} ` +
        `(category ${category}${s.operation ? ', operation name equal or in an anyOf' : ''}) and notifies at least one action group. ` +
        'Alerts that also filter on level, status or caller do not count, since they let matching events through unnoticed; disabled alerts and alerts without an action group do not count either. ' +
        'Fails when no alert qualifies, so the change happens without anyone being told.',
      remediation: {
        text: `Create an activity log alert for ${target} on the subscription with an action group that reaches the responders.`,
        cli: s.operation
          ? `az monitor activity-log alert create --resource-group <group> --name <name> --scope /subscriptions/<subscription-id> --condition category=${category} and operationName=${s.operation} --action-group <action-group-id>`
          : `az monitor activity-log alert create --resource-group <group> --name <name> --scope /subscriptions/<subscription-id> --condition category=${category} --action-group <action-group-id>`,
      },
      cis: [s.cis],
    },
    AZURE_ACTIVITY_LOG_ALERTS,
    (alerts, ctx) => {
      const hits = alerts.filter((a) => alertCovers(a, ctx.snapshot.account, category, s.operation));
      return either(
        hits.length > 0,
        ['alert-configured', `Alert ${hits.map((a) => a.name).join(', ')} fires on ${target}.`],
        ['no-alert', `No usable activity log alert fires on ${target}.`],
        {
          alerts: alerts.length,
          matching: hits.map((a) => a.name),
        },
      );
    },
  );
}
