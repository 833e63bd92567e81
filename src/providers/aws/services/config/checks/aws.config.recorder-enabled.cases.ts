import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { CONFIG_RECORDERS, type ConfigRecorder, type ConfigRecorders } from '../state.js';
import { configRecorderEnabled as check } from './aws.config.recorder-enabled.js';

const E = 'eu-west-1';
const U = 'us-east-1';
interface Setup {
  recorder?: Partial<ConfigRecorder> | null;
  recording?: boolean;
  channels?: number;
  noStatus?: boolean;
}
function config({ recorder = {}, recording = true, channels = 1, noStatus = false }: Setup = {}): ConfigRecorders {
  if (recorder === null) return { recorders: [], statuses: [], deliveryChannels: [] };
  const rec: ConfigRecorder = { name: 'default', allSupported: true, includeGlobalResourceTypes: true, ...recorder };
  return {
    recorders: [rec],
    statuses: noStatus ? [] : [{ name: rec.name, recording, lastStatus: 'Success' }],
    deliveryChannels: Array.from({ length: channels }, (_, i) => ({ name: `ch${i}`, s3BucketName: 'config-bucket' })),
  };
}
const one = (s: Setup) => snapshot([U]).regional(CONFIG_RECORDERS, U, config(s));

export const table: CheckCases = {
  check,
  cases: [
    // Each case ends with the account-wide finding about global (IAM) resource types.
    {
      name: 'recording everything with a channel passes',
      snapshot: one({}),
      expected: [
        ['pass', 'recording'],
        ['pass', 'global-resources-recorded'],
      ],
    },
    {
      name: 'ALL_SUPPORTED strategy passes',
      snapshot: one({ recorder: { recordingStrategy: 'ALL_SUPPORTED_RESOURCE_TYPES' } }),
      expected: [
        ['pass', 'recording'],
        ['pass', 'global-resources-recorded'],
      ],
    },
    {
      name: 'no recorder fails',
      snapshot: one({ recorder: null }),
      expected: [
        ['fail', 'no-recorder'],
        ['fail', 'global-resources-not-recorded'],
      ],
    },
    {
      name: 'stopped recorder fails',
      snapshot: one({ recording: false }),
      expected: [
        ['fail', 'not-recording'],
        ['fail', 'global-resources-not-recorded'],
      ],
    },
    {
      name: 'no delivery channel fails',
      snapshot: one({ channels: 0 }),
      expected: [
        ['fail', 'no-delivery-channel'],
        ['fail', 'global-resources-not-recorded'],
      ],
    },
    {
      name: 'recording only some types fails',
      snapshot: one({ recorder: { allSupported: false, recordingStrategy: 'INCLUSION_BY_RESOURCE_TYPES' } }),
      expected: [
        ['fail', 'partial-recording'],
        ['fail', 'global-resources-not-recorded'],
      ],
    },
    {
      name: 'service-linked recorder alone does not count',
      snapshot: one({ recorder: { servicePrincipal: 'config-conforms.amazonaws.com' } }),
      expected: [
        ['fail', 'no-recorder'],
        ['fail', 'global-resources-not-recorded'],
      ],
    },
    {
      name: 'global types need recording in one region only',
      snapshot: snapshot([E, U])
        .regional(CONFIG_RECORDERS, U, config())
        .regional(CONFIG_RECORDERS, E, config({ recorder: { includeGlobalResourceTypes: false } })),
      expected: [
        ['pass', 'recording'],
        ['pass', 'recording'],
        ['pass', 'global-resources-recorded'],
      ],
    },
    {
      name: 'global types recorded nowhere fails the account-wide finding',
      snapshot: one({ recorder: { includeGlobalResourceTypes: false } }),
      expected: [
        ['pass', 'recording'],
        ['fail', 'global-resources-not-recorded'],
      ],
    },
    {
      name: 'a denied region makes global coverage unknown when no other region records it',
      snapshot: snapshot([E, U])
        .regional(CONFIG_RECORDERS, U, config({ recorder: { includeGlobalResourceTypes: false } }))
        .regional(CONFIG_RECORDERS, E, denied('config:DescribeConfigurationRecorders')),
      expected: [
        ['error', 'error.denied'],
        ['pass', 'recording'],
        ['error', 'error.denied'],
      ],
    },
    {
      name: 'a denied region does not hide global coverage found elsewhere',
      snapshot: snapshot([E, U])
        .regional(CONFIG_RECORDERS, U, config())
        .regional(CONFIG_RECORDERS, E, denied('config:DescribeConfigurationRecorders')),
      expected: [
        ['error', 'error.denied'],
        ['pass', 'recording'],
        ['pass', 'global-resources-recorded'],
      ],
    },
    {
      name: 'missing recorder status is an error, not a fail',
      snapshot: one({ noStatus: true }),
      expected: [
        ['error', 'error.unknown'],
        ['error', 'error.unknown'],
      ],
    },
    {
      name: 'region never collected is an error',
      snapshot: snapshot([U]),
      expected: [
        ['error', 'error.unknown'],
        ['error', 'error.unknown'],
      ],
    },
  ],
};
