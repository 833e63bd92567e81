import { bad, either, itemCheck, missing } from '../../../service-kit/check.js';
import { listApi } from '../../../service-kit/collect.js';
import { AZURE_APP_GATEWAYS, GATEWAY } from '../state.js';

/** Minimum protocol of each predefined SSL policy, as Microsoft documents them. */
const PREDEFINED: Record<string, string> = {
  AppGwSslPolicy20150501: 'TLSv1_0',
  AppGwSslPolicy20170401: 'TLSv1_1',
  AppGwSslPolicy20170401S: 'TLSv1_2',
  AppGwSslPolicy20220101: 'TLSv1_2',
  AppGwSslPolicy20220101S: 'TLSv1_2',
};
const MODERN = new Set(['TLSv1_2', 'TLSv1_3']);

export const appGatewayMinimumTls = itemCheck(
  {
    id: 'azure.appgateway.minimum-tls',
    title: 'Application gateways require TLS 1.2 or later',
    service: 'appgateway',
    resourceType: GATEWAY,
    severity: 'medium',
    rationale:
      'One result per application gateway, from its SSL policy. A predefined policy is resolved to its documented minimum (AppGwSslPolicy20150501: TLS 1.0, 20170401: TLS 1.1, 20170401S, 20220101 and 20220101S: TLS 1.2); a Custom or CustomV2 policy gives `minProtocolVersion` itself. Passes at TLSv1_2 or TLSv1_3, fails below. ' +
      'A gateway with no explicit SSL policy is an error: the platform default depends on the API version the gateway was created with (TLS 1.0 before 2023-02-01, TLS 1.2 after), which ARM does not report.',
    remediation: {
      text: 'Select a predefined policy with TLS 1.2 minimum (AppGwSslPolicy20220101S) or a custom policy with TLSv1_2.',
      cli: 'az network application-gateway ssl-policy set --resource-group <group> --gateway-name <gateway> --policy-type Predefined --name AppGwSslPolicy20220101S',
    },
    cis: ['7.12'],
  },
  AZURE_APP_GATEWAYS,
  (g) => {
    const p = g.properties.sslPolicy;
    const { api, actions } = listApi(GATEWAY);
    if (!p?.policyType && !p?.policyName && !p?.minProtocolVersion)
      return missing(
        api,
        actions[0]!,
        `gateway ${g.name} sets no SSL policy, so its minimum TLS version depends on its creation API version`,
      );
    const min = p.minProtocolVersion ?? (p.policyName ? PREDEFINED[p.policyName] : undefined);
    if (!min)
      return bad('tls-unknown-policy', `Gateway ${g.name} uses SSL policy ${p.policyName ?? p.policyType} with no known minimum.`, {
        policy: p.policyName ?? null,
      });
    return either(
      MODERN.has(min),
      ['tls-modern', `Gateway ${g.name} requires ${min} or later.`],
      ['tls-legacy', `Gateway ${g.name} accepts ${min}.`],
      {
        policyType: p.policyType ?? null,
        policyName: p.policyName ?? null,
        minProtocolVersion: min,
      },
    );
  },
);
