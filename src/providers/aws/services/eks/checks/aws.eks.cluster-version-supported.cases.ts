import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { cluster, R } from '../state.fixtures.js';
import { EKS_CLUSTERS } from '../state.js';
import { eksClusterVersionSupported as check } from './aws.eks.cluster-version-supported.js';

const one = (version: string) => snapshot().regional(EKS_CLUSTERS, R, cluster({ version }));

export const table: CheckCases = {
  check,
  cases: [
    { name: 'a version newer than the table passes', snapshot: one('1.34'), expected: [['pass', 'version-supported']] },
    {
      name: 'a version whose end date is after the scan passes',
      snapshot: one('1.33'),
      serviceParams: { 'aws.eks': { standardSupportEnd: { '1.33': '2027-01-01' } } },
      expected: [['pass', 'version-supported']],
    },
    { name: 'a version past standard support fails', snapshot: one('1.29'), expected: [['fail', 'version-unsupported']] },
    { name: 'a version older than the table fails', snapshot: one('1.9'), expected: [['fail', 'version-unsupported']] },
    {
      name: 'a date from the parameters counts',
      snapshot: one('1.34'),
      serviceParams: { 'aws.eks': { standardSupportEnd: { '1.34': '2026-10-01' } } },
      expected: [['fail', 'version-unsupported']],
    },
    {
      name: 'denied listing is an error',
      snapshot: snapshot().regional(EKS_CLUSTERS, R, denied('eks:ListClusters')),
      expected: [['error', 'error.denied']],
    },
  ],
};
