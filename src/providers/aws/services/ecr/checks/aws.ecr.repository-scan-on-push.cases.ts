import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { R, repo } from '../state.fixtures.js';
import { ECR_REGISTRY_SCANNING, ECR_REPOSITORIES } from '../state.js';
import { ecrRepositoryScanOnPush as check } from './aws.ecr.repository-scan-on-push.js';

const with_ = (scanning: unknown, scanOnPush = false) =>
  snapshot()
    .regional(ECR_REPOSITORIES, R, [repo('web', { scanOnPush })])
    .regional(ECR_REGISTRY_SCANNING, R, scanning as never);

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'repository flag passes',
      snapshot: with_(denied('ecr:GetRegistryScanningConfiguration'), true),
      expected: [['pass', 'repository-scan-on-push']],
    },
    {
      name: 'enhanced continuous rule matching * passes',
      snapshot: with_({ scanType: 'ENHANCED', rules: [{ frequency: 'CONTINUOUS_SCAN', filters: ['*'] }] }),
      expected: [['pass', 'registry-rule']],
    },
    {
      name: 'basic rule for other repositories fails',
      snapshot: with_({ scanType: 'BASIC', rules: [{ frequency: 'SCAN_ON_PUSH', filters: ['prod-*'] }] }),
      expected: [['fail', 'not-scanned']],
    },
    {
      name: 'basic continuous is not a thing: fails',
      snapshot: with_({ scanType: 'BASIC', rules: [{ frequency: 'CONTINUOUS_SCAN', filters: ['*'] }] }),
      expected: [['fail', 'not-scanned']],
    },
    {
      name: 'no flag and unreadable registry config is an error',
      snapshot: with_(denied('ecr:GetRegistryScanningConfiguration')),
      expected: [['error', 'error.denied']],
    },
  ],
};
