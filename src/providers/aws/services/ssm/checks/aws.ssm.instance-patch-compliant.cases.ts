import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { SSM_MANAGED_NODES, SSM_PATCH_COMPLIANCE } from '../state.js';
import { ssmInstancePatchCompliant as check } from './aws.ssm.instance-patch-compliant.js';

const R = 'us-east-1';
const with_ = (compliance: unknown) =>
  snapshot()
    .regional(SSM_MANAGED_NODES, R, [{ id: 'i-1', pingStatus: 'Online' }])
    .regional(SSM_PATCH_COMPLIANCE, R, compliance as never);

export const table: CheckCases = {
  check,
  cases: [
    { name: 'compliant passes', snapshot: with_({ 'i-1': { status: 'COMPLIANT', nonCompliant: 0 } }), expected: [['pass', 'compliant']] },
    {
      name: 'missing patches fail',
      snapshot: with_({ 'i-1': { status: 'NON_COMPLIANT', nonCompliant: 4, severity: 'CRITICAL' } }),
      expected: [['fail', 'non-compliant']],
    },
    { name: 'never scanned fails', snapshot: with_({}), expected: [['fail', 'no-patch-data']] },
    {
      name: 'unreadable compliance is an error',
      snapshot: with_(denied('ssm:ListResourceComplianceSummaries')),
      expected: [['error', 'error.denied']],
    },
  ],
};
