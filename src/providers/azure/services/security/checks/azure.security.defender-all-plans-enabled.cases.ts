import { azureSnapshot, type CheckCases, denied } from '../../../../../../test/support/snapshot.js';
import { SUB_ID } from '../../../builders.fixtures.js';
import { AZURE_DEFENDER_PRICINGS, type DefenderPricing } from '../state.js';
import { securityDefenderAllPlansEnabled as check } from './azure.security.defender-all-plans-enabled.js';

const plan = (name: string, pricingTier: string, deprecated?: boolean): DefenderPricing => ({
  id: `${SUB_ID}/providers/Microsoft.Security/pricings/${name}`,
  name,
  type: 'Microsoft.Security/pricings',
  properties: { pricingTier, ...(deprecated ? { deprecated } : {}) },
});
const with_ = (...plans: DefenderPricing[]) => azureSnapshot().global(AZURE_DEFENDER_PRICINGS, plans);

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'every offered plan on passes each',
      snapshot: with_(plan('CloudPosture', 'Standard'), plan('Arm', 'Standard')),
      expected: [
        ['pass', 'plan-on'],
        ['pass', 'plan-on'],
      ],
    },
    {
      name: 'a Free plan fails, whatever its name',
      snapshot: with_(plan('Api', 'Free'), plan('CosmosDbs', 'Standard')),
      expected: [
        ['fail', 'plan-off'],
        ['pass', 'plan-on'],
      ],
    },
    {
      name: 'a deprecated plan is not applicable',
      snapshot: with_(plan('Dns', 'Free', true)),
      expected: [['not_applicable', 'plan-deprecated']],
    },
    {
      name: 'denied pricings is one error on the subscription',
      snapshot: azureSnapshot().global(AZURE_DEFENDER_PRICINGS, denied('Microsoft.Security/pricings:list')),
      expected: [['error', 'error.denied']],
    },
  ],
};
