import { describe, expect, it } from 'vitest';
import { denied, run, snapshot } from '../../../../../../test/support/snapshot.js';
import { CONFIG_RECORDERS, type ConfigRecorders } from '../state.js';
import { configRecorderEnabled as check } from './aws.config.recorder-enabled.js';

const working: ConfigRecorders = {
  recorders: [{ name: 'default', allSupported: true, includeGlobalResourceTypes: true }],
  statuses: [{ name: 'default', recording: true }],
  deliveryChannels: [{ name: 'default', s3BucketName: 'config-bucket' }],
};

describe(check.meta.id, () => {
  it('says which regions could not be read when the account-wide finding passes anyway', () => {
    // eu-west-1 sorts first, so the old loop had already skipped it silently before reaching us-east-1.
    const s = snapshot(['eu-west-1', 'us-east-1'])
      .regional(CONFIG_RECORDERS, 'eu-west-1', denied('config:DescribeConfigurationRecorders'))
      .regional(CONFIG_RECORDERS, 'us-east-1', working);
    const global = run(check, s).find((f) => f.resource.region === 'global');
    expect(global?.status).toBe('pass');
    expect(global?.message).toContain('eu-west-1');
    expect(global?.observed).toEqual({ region: 'us-east-1', unreadableRegions: ['eu-west-1'] });
  });
});
