import { azureSnapshot, type CheckCases, denied } from '../../../../../../test/support/snapshot.js';
import { SUB_ID } from '../../../builders.fixtures.js';
import { AZURE_DEFENDER_PRICINGS, type DefenderPricing } from '../state.js';
import { securityDefenderPlansEnabled as check } from './azure.security.defender-plans-enabled.js';

const plan = (name: string, pricingTier: string): DefenderPricing => ({
  id: `${SUB_ID}/providers/Microsoft.Security/pricings/${name}`,
  name,
  type: 'Microsoft.Security/pricings',
  properties: { pricingTier },
});
const plans = (tiers: Record<string, string>) =>
  azureSnapshot().global(
    AZURE_DEFENDER_PRICINGS,
    Object.entries(tiers).map(([n, t]) => plan(n, t)),
  );
const ALL_ON = { VirtualMachines: 'Standard', StorageAccounts: 'Standard', SqlServers: 'Standard', KeyVaults: 'Standard', Dns: 'Free' };

// Results come in the order of REQUIRED_PLANS: servers, storage, SQL, Key Vault.
export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'all four plans on pass (others are not judged)',
      snapshot: plans(ALL_ON),
      expected: [
        ['pass', 'plan-on'],
        ['pass', 'plan-on'],
        ['pass', 'plan-on'],
        ['pass', 'plan-on'],
      ],
    },
    {
      name: 'a Free plan fails on its own',
      snapshot: plans({ ...ALL_ON, StorageAccounts: 'Free' }),
      expected: [
        ['pass', 'plan-on'],
        ['fail', 'plan-off'],
        ['pass', 'plan-on'],
        ['pass', 'plan-on'],
      ],
    },
    {
      name: 'a plan missing from the answer is an error, not a fail',
      snapshot: plans({ VirtualMachines: 'Standard', StorageAccounts: 'Standard', SqlServers: 'Standard' }),
      expected: [
        ['pass', 'plan-on'],
        ['pass', 'plan-on'],
        ['pass', 'plan-on'],
        ['error', 'error.unknown'],
      ],
    },
    {
      name: 'a plan without a pricingTier is an error on that plan only',
      snapshot: azureSnapshot().global(AZURE_DEFENDER_PRICINGS, [
        ...Object.entries(ALL_ON)
          .filter(([n]) => n !== 'SqlServers')
          .map(([n, t]) => plan(n, t)),
        { ...plan('SqlServers', ''), properties: {} } as DefenderPricing,
      ]),
      expected: [
        ['pass', 'plan-on'],
        ['pass', 'plan-on'],
        ['error', 'error.unknown'],
        ['pass', 'plan-on'],
      ],
    },
    {
      name: 'denied pricings are one error',
      snapshot: azureSnapshot().global(
        AZURE_DEFENDER_PRICINGS,
        denied('Microsoft.Security/pricings:list', 'Microsoft.Security/pricings/read'),
      ),
      expected: [['error', 'error.denied']],
    },
    { name: 'pricings missing from the snapshot are an error', snapshot: azureSnapshot(), expected: [['error', 'error.unknown']] },
  ],
};
