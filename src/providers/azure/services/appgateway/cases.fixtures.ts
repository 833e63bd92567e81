/** Builders for the Application Gateway case tables: gateways and the WAF policy list beside them. */
import { azureSnapshot, type CheckCase, denied } from '../../../../../test/support/snapshot.js';
import { listErrors, res } from '../../service-kit/cases.fixtures.js';
import { type ApplicationGateway, AZURE_APP_GATEWAYS, AZURE_WAF_POLICIES, GATEWAY, WAF_POLICY, type WafPolicy } from './state.js';

export function gateway(name: string, properties: ApplicationGateway['properties'] = {}): ApplicationGateway {
  return res(GATEWAY, name, { sku: { name: 'WAF_v2', tier: 'WAF_v2' }, ...properties });
}

export function policy(name: string, properties: WafPolicy['properties'] = {}): WafPolicy {
  return res(WAF_POLICY, name, { policySettings: { state: 'Enabled', mode: 'Prevention', requestBodyCheck: true }, ...properties });
}

/** A gateway associated with `p`. */
export const withPolicy = (name: string, p: WafPolicy, extra: ApplicationGateway['properties'] = {}) =>
  gateway(name, { firewallPolicy: { id: p.id }, ...extra });

export function gatewayCases(
  rows: [string, ApplicationGateway[], WafPolicy[], CheckCase['expected']][],
  readsPolicies = true,
): CheckCase[] {
  const p = policy('p');
  return [
    ...rows.map(([name, gws, policies, expected]) => ({
      name,
      snapshot: azureSnapshot().global(AZURE_APP_GATEWAYS, gws).global(AZURE_WAF_POLICIES, policies),
      expected,
    })),
    ...(readsPolicies
      ? [
          {
            name: 'an unreadable policy list is an error on a gateway that uses a policy',
            snapshot: azureSnapshot()
              .global(AZURE_APP_GATEWAYS, [withPolicy('g', p)])
              .global(AZURE_WAF_POLICIES, denied(`${WAF_POLICY}:list`)),
            expected: [['error', 'error.denied']] as CheckCase['expected'],
          },
        ]
      : []),
    ...listErrors(AZURE_APP_GATEWAYS, GATEWAY, () => azureSnapshot().global(AZURE_WAF_POLICIES, [])),
  ];
}
