import type { Check } from '../../../../../model/check.js';
import type { ResourceRef } from '../../../../../model/resource.js';
import { errorFinding, fail, pass } from '../../../../check-kit.js';
import { normalArmId } from '../../../arm-state.js';
import { gap, readSubscription } from '../../../check-kit.js';
import { AZURE_DEFENDER_PRICINGS } from '../state.js';

const PRICING = 'Microsoft.Security/pricings';

/** The plans this check requires, by their pricing name. */
export const REQUIRED_PLANS: Record<string, string> = {
  VirtualMachines: 'Defender for Servers',
  StorageAccounts: 'Defender for Storage',
  SqlServers: 'Defender for Azure SQL Databases',
  KeyVaults: 'Defender for Key Vault',
};

export const securityDefenderPlansEnabled: Check = {
  meta: {
    id: 'azure.security.defender-plans-enabled',
    title: 'Microsoft Defender for Cloud covers servers, storage, SQL and Key Vault',
    provider: 'azure',
    service: 'security',
    resourceType: PRICING,
    severity: 'high',
    requires: [AZURE_DEFENDER_PRICINGS],
    rationale:
      'One result per plan: VirtualMachines (Servers), StorageAccounts, SqlServers (Azure SQL Databases) and KeyVaults. Each passes when its pricing tier is Standard and fails when it is Free. ' +
      'A plan missing from the answer is an error, not a fail. These plans add threat detection (malware uploads, anomalous vault access, SQL injection, suspicious logins) that the free tier does not provide.',
    remediation: {
      text: 'Turn on the missing Defender plans for the subscription (Environment settings in Defender for Cloud), or through policy for every subscription.',
      cli: 'az security pricing create --name <VirtualMachines|StorageAccounts|SqlServers|KeyVaults> --tier Standard',
    },
    cis: ['8.1.3.1', '8.1.5.1', '8.1.7.3', '8.1.8.1'],
  },
  evaluate(ctx) {
    return readSubscription(ctx, AZURE_DEFENDER_PRICINGS, (pricings, sub) =>
      Object.entries(REQUIRED_PLANS).map(([name, label]) => {
        const arn = `${sub.arn}/providers/Microsoft.Security/pricings/${name}`;
        const resource: ResourceRef = { ...sub, type: PRICING, id: normalArmId(arn), arn, name };
        const plan = pricings.find((p) => p.name.toLowerCase() === name.toLowerCase());
        if (!plan)
          return errorFinding(
            resource,
            gap('Microsoft.Security/pricings:list', 'Microsoft.Security/pricings/read', `no ${name} plan in the answer`),
          );
        if (!plan.properties?.pricingTier)
          return errorFinding(
            resource,
            gap('Microsoft.Security/pricings:list', 'Microsoft.Security/pricings/read', `the ${name} plan has no pricingTier`),
          );
        const observed = { pricingTier: plan.properties.pricingTier, subPlan: plan.properties.subPlan ?? null };
        return plan.properties.pricingTier.toLowerCase() === 'standard'
          ? pass(resource, 'plan-on', `${label} is on for the subscription.`, observed)
          : fail(resource, 'plan-off', `${label} is off (${plan.properties.pricingTier} tier).`, observed);
      }),
    );
  },
};
