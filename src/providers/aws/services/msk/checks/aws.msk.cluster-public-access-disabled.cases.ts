import { type CheckCases, snapshot, throttled } from '../../../../../../test/support/snapshot.js';
import { provisioned, provisionedWithoutSettings, R, serverless } from '../state.fixtures.js';
import { MSK_CLUSTERS } from '../state.js';
import { mskClusterPublicAccessDisabled as check } from './aws.msk.cluster-public-access-disabled.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'public access off passes', snapshot: provisioned(), expected: [['pass', 'public-access-off']] },
    {
      name: 'a provisioned cluster without its settings is an error, not judged as serverless',
      snapshot: provisionedWithoutSettings(),
      expected: [['error', 'error.unknown']],
    },
    { name: 'a serverless cluster passes', snapshot: serverless(), expected: [['pass', 'serverless-private']] },
    {
      name: 'service-provided EIPs fail',
      snapshot: provisioned({ publicAccess: 'SERVICE_PROVIDED_EIPS' }),
      expected: [['fail', 'public-access-on']],
    },
    {
      name: 'a throttled listing is an error',
      snapshot: snapshot().regional(MSK_CLUSTERS, R, throttled('kafka:ListClustersV2')),
      expected: [['error', 'error.throttled']],
    },
  ],
};
