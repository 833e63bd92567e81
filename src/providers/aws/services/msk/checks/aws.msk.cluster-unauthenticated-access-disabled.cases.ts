import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { provisioned, provisionedWithoutSettings, R, serverless } from '../state.fixtures.js';
import { MSK_CLUSTERS } from '../state.js';
import { mskClusterUnauthenticatedAccessDisabled as check } from './aws.msk.cluster-unauthenticated-access-disabled.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'IAM only passes', snapshot: provisioned(), expected: [['pass', 'authenticated-only']] },
    {
      name: 'SCRAM and mutual TLS pass',
      snapshot: provisioned({ authMethods: ['SCRAM', 'TLS'] }),
      expected: [['pass', 'authenticated-only']],
    },
    {
      name: 'a provisioned cluster without its settings is an error, not judged as serverless',
      snapshot: provisionedWithoutSettings(),
      expected: [['error', 'error.unknown']],
    },
    { name: 'a serverless cluster passes', snapshot: serverless(), expected: [['pass', 'serverless-iam']] },
    {
      name: 'unauthenticated access on fails',
      snapshot: provisioned({ unauthenticated: true }),
      expected: [['fail', 'unauthenticated-on']],
    },
    { name: 'no authentication method fails', snapshot: provisioned({ authMethods: [] }), expected: [['fail', 'no-authentication']] },
    {
      name: 'a denied listing is an error',
      snapshot: snapshot().regional(MSK_CLUSTERS, R, denied('kafka:ListClustersV2')),
      expected: [['error', 'error.denied']],
    },
  ],
};
