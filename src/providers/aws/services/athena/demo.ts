/**
 * The demo estate's Athena in us-east-1: an `analytics` workgroup that encrypts its results with a
 * customer managed key, enforces its settings and publishes metrics; the `primary` workgroup left as
 * created, results unencrypted, client overrides allowed, no metrics; and a disabled `legacy` one.
 */
import { DEMO_ACCOUNT } from '../../../../../demo/aws/clock.js';
import type { FakeHandlers } from '../../simulator.js';

const REGION = 'us-east-1';
const CREATED = new Date('2025-06-02T08:00:00.000Z');
const RESULTS = `s3://demo-athena-results-${DEMO_ACCOUNT}`;

const WORKGROUPS: Record<string, { state: string; configuration: object }> = {
  analytics: {
    state: 'ENABLED',
    configuration: {
      ResultConfiguration: {
        OutputLocation: `${RESULTS}/analytics/`,
        EncryptionConfiguration: { EncryptionOption: 'SSE_KMS', KmsKey: `arn:aws:kms:${REGION}:${DEMO_ACCOUNT}:key/athena-results` },
      },
      EnforceWorkGroupConfiguration: true,
      PublishCloudWatchMetricsEnabled: true,
      EngineVersion: { SelectedEngineVersion: 'AUTO', EffectiveEngineVersion: 'Athena engine version 3' },
    },
  },
  legacy: { state: 'DISABLED', configuration: { EnforceWorkGroupConfiguration: false, PublishCloudWatchMetricsEnabled: false } },
  primary: {
    state: 'ENABLED',
    configuration: {
      ResultConfiguration: { OutputLocation: `${RESULTS}/primary/` },
      EnforceWorkGroupConfiguration: false,
      PublishCloudWatchMetricsEnabled: false,
      EngineVersion: { SelectedEngineVersion: 'AUTO', EffectiveEngineVersion: 'Athena engine version 3' },
    },
  },
};

export const demo: Partial<Record<string, FakeHandlers>> = {
  athena: {
    ListWorkGroups: (_input, region) => ({
      WorkGroups: region === REGION ? Object.entries(WORKGROUPS).map(([Name, w]) => ({ Name, State: w.state, CreationTime: CREATED })) : [],
    }),
    GetWorkGroup: (input) => {
      const name = input.WorkGroup as string;
      const w = WORKGROUPS[name];
      return { WorkGroup: { Name: name, State: w?.state, Configuration: w?.configuration, CreationTime: CREATED } };
    },
  },
};
