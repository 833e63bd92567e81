import type { Check } from '../../../../../model/check.js';
import type { ResourceRef } from '../../../../../model/resource.js';
import { normalArmId } from '../../../arm-state.js';
import { readSubscription } from '../../../check-kit.js';
import { either, skip, toFinding } from '../../../service-kit/check.js';
import { AZURE_DEFENDER_PRICINGS } from '../state.js';

const PRICING = 'Microsoft.Security/pricings';

export const securityDefenderAllPlansEnabled: Check = {
  meta: {
    id: 'azure.security.defender-all-plans-enabled',
    title: 'Every Defender for Cloud plan the subscription offers is on',
    provider: 'azure',
    service: 'security',
    resourceType: PRICING,
    severity: 'medium',
    requires: [AZURE_DEFENDER_PRICINGS],
    rationale:
      'One result per Defender plan the pricings list returns for the subscription (CSPM, Servers, App Service, Storage, SQL, SQL on machines, open-source databases, Cosmos DB, Containers, Key Vault, Resource Manager, APIs, AI and any plan Microsoft adds), not a fixed list. ' +
      'Each passes when its pricing tier is Standard and fails when Free. Plans marked deprecated (ContainerRegistry, KubernetesService, Dns) can no longer be turned on and are not applicable. ' +
      'azure.security.defender-plans-enabled keeps the four core plans as a separate, higher-severity result.',
    remediation: {
      text: 'Turn on the remaining plans in Defender for Cloud > Environment settings > Defender plans, or by policy for all subscriptions.',
      cli: 'az security pricing create --name <plan> --tier Standard',
    },
    cis: ['8.1.1.1', '8.1.2.1', '8.1.4.1', '8.1.6.1', '8.1.7.1', '8.1.7.2', '8.1.7.4', '8.1.9.1'],
  },
  evaluate(ctx) {
    return readSubscription(ctx, AZURE_DEFENDER_PRICINGS, (pricings, sub) =>
      pricings.map((p) => {
        const arn = `${sub.arn}/providers/${PRICING}/${p.name}`;
        const resource: ResourceRef = { ...sub, type: PRICING, id: normalArmId(arn), arn, name: p.name };
        if (p.properties.deprecated) return toFinding(resource, skip('plan-deprecated', `Defender plan ${p.name} is deprecated.`));
        const tier = p.properties.pricingTier;
        return toFinding(
          resource,
          either(
            tier === 'Standard',
            ['plan-on', `Defender plan ${p.name} is on.`],
            ['plan-off', `Defender plan ${p.name} is off (${tier}).`],
            {
              pricingTier: tier,
              subPlan: p.properties.subPlan ?? null,
            },
          ),
        );
      }),
    );
  },
};
