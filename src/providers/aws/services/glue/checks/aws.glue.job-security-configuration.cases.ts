import { type CheckCases, denied, ok, snapshot } from '../../../../../../test/support/snapshot.js';
import { FULL, job, R } from '../state.fixtures.js';
import { GLUE_JOBS, GLUE_SECURITY_CONFIGURATIONS } from '../state.js';
import { glueJobSecurityConfiguration as check } from './aws.glue.job-security-configuration.js';

const ETL = { arn: 'arn:aws:glue:us-east-1:111122223333:job/etl', name: 'etl' };

export const table: CheckCases = {
  check,
  cases: [
    { name: 'a configuration encrypting all three parts passes', snapshot: job('secure'), expected: [['pass', 'encrypted']] },
    {
      name: 'SSE-S3 output with encrypted logs and bookmarks passes',
      snapshot: job('s3', { s3: { ...FULL, s3: 'SSE-S3' } }),
      expected: [['pass', 'encrypted']],
    },
    { name: 'no configuration fails', snapshot: job(null), expected: [['fail', 'no-security-configuration']] },
    {
      name: 'a Ray job is not applicable: Glue does not support security configurations in Ray jobs',
      snapshot: snapshot()
        .regional(GLUE_JOBS, R, ok([{ ...ETL, securityConfiguration: null, command: 'glueray' }]))
        .regional(GLUE_SECURITY_CONFIGURATIONS, R, ok({})),
      expected: [['not_applicable', 'ray-job']],
    },
    { name: 'a configuration that no longer exists fails', snapshot: job('gone'), expected: [['fail', 'security-configuration-missing']] },
    {
      name: 'a configuration leaving bookmarks unencrypted fails',
      snapshot: job('partial', { partial: { ...FULL, bookmarks: 'DISABLED' } }),
      expected: [['fail', 'encryption-partial']],
    },
    {
      name: 'an all-DISABLED configuration fails',
      snapshot: job('none', { none: { s3: 'DISABLED', cloudWatch: 'DISABLED', bookmarks: 'DISABLED' } }),
      expected: [['fail', 'encryption-partial']],
    },
    {
      name: 'a mode Glue does not document is an error, not a pass',
      snapshot: job('odd', { odd: { ...FULL, bookmarks: 'disabled' } }),
      expected: [['error', 'error.unknown']],
    },
    {
      name: 'denied configurations are an error for a job naming one',
      snapshot: snapshot()
        .regional(GLUE_JOBS, R, ok([{ ...ETL, securityConfiguration: 'secure' }]))
        .regional(GLUE_SECURITY_CONFIGURATIONS, R, denied('glue:GetSecurityConfigurations')),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'denied configurations still fail a job that names none',
      snapshot: snapshot()
        .regional(GLUE_JOBS, R, ok([{ ...ETL, securityConfiguration: null }]))
        .regional(GLUE_SECURITY_CONFIGURATIONS, R, denied('glue:GetSecurityConfigurations')),
      expected: [['fail', 'no-security-configuration']],
    },
    {
      name: 'a denied job listing is an error',
      snapshot: snapshot().regional(GLUE_JOBS, R, denied('glue:GetJobs')).regional(GLUE_SECURITY_CONFIGURATIONS, R, ok({})),
      expected: [['error', 'error.denied']],
    },
  ],
};
