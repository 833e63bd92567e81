import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { vault } from '../cases.fixtures.js';
import { AZURE_RECOVERY_VAULTS, VAULT } from '../state.js';
import { recoveryservicesImmutabilityEnabled as check } from './azure.recoveryservices.immutability-enabled.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_RECOVERY_VAULTS, VAULT, [
    ['Locked passes', [vault('v', { securitySettings: { immutabilitySettings: { state: 'Locked' } } })], [['pass', 'immutable']]],
    ['Disabled fails', [vault('v', { securitySettings: { immutabilitySettings: { state: 'Disabled' } } })], [['fail', 'mutable']]],
    ['never set fails', [vault('v')], [['fail', 'mutable']]],
  ]),
};
