import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { provisioned, provisionedWithoutSettings, R, serverless } from '../state.fixtures.js';
import { MSK_CLUSTERS } from '../state.js';
import { mskClusterInTransitTls as check } from './aws.msk.cluster-in-transit-tls.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'TLS only, in-cluster encrypted passes', snapshot: provisioned(), expected: [['pass', 'tls-only']] },
    {
      name: 'a provisioned cluster without its settings is an error, not judged as serverless',
      snapshot: provisionedWithoutSettings(),
      expected: [['error', 'error.unknown']],
    },
    { name: 'a serverless cluster passes', snapshot: serverless(), expected: [['pass', 'serverless-tls']] },
    { name: 'TLS_PLAINTEXT fails', snapshot: provisioned({ clientBroker: 'TLS_PLAINTEXT' }), expected: [['fail', 'plaintext-allowed']] },
    { name: 'PLAINTEXT fails', snapshot: provisioned({ clientBroker: 'PLAINTEXT' }), expected: [['fail', 'plaintext-allowed']] },
    {
      name: 'an answer without ClientBroker is an error: the API and CloudFormation document different defaults',
      snapshot: provisioned({ clientBroker: null }),
      expected: [['error', 'error.unknown']],
    },
    { name: 'plaintext between brokers fails', snapshot: provisioned({ inCluster: false }), expected: [['fail', 'plaintext-allowed']] },
    {
      name: 'a denied listing is an error',
      snapshot: snapshot().regional(MSK_CLUSTERS, R, denied('kafka:ListClustersV2')),
      expected: [['error', 'error.denied']],
    },
  ],
};
