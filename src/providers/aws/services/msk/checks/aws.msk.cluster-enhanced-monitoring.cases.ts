import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { provisioned, provisionedWithoutSettings, R, serverless } from '../state.fixtures.js';
import { MSK_CLUSTERS } from '../state.js';
import { mskClusterEnhancedMonitoring as check } from './aws.msk.cluster-enhanced-monitoring.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'per topic per broker passes', snapshot: provisioned(), expected: [['pass', 'per-topic-metrics']] },
    {
      name: 'per topic per partition passes',
      snapshot: provisioned({ monitoring: 'PER_TOPIC_PER_PARTITION' }),
      expected: [['pass', 'per-topic-metrics']],
    },
    { name: 'DEFAULT fails', snapshot: provisioned({ monitoring: 'DEFAULT' }), expected: [['fail', 'basic-metrics']] },
    { name: 'PER_BROKER fails', snapshot: provisioned({ monitoring: 'PER_BROKER' }), expected: [['fail', 'basic-metrics']] },
    {
      name: 'a provisioned cluster without its settings is an error, not judged as serverless',
      snapshot: provisionedWithoutSettings(),
      expected: [['error', 'error.unknown']],
    },
    { name: 'a serverless cluster is not applicable', snapshot: serverless(), expected: [['not_applicable', 'serverless']] },
    {
      name: 'a denied listing is an error',
      snapshot: snapshot().regional(MSK_CLUSTERS, R, denied('kafka:ListClustersV2')),
      expected: [['error', 'error.denied']],
    },
  ],
};
