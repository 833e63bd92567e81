/**
 * Secrets the new AWS services hand back (launch template and launch configuration user data,
 * MQ broker users and LDAP service account, Glue job arguments and connections) are never
 * collected: a mocked collect holding them, saved as a snapshot and scanned into every output
 * format and an evidence bundle, leaves none of them in any file or printed line.
 */

import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { AutoScalingClient, DescribeAutoScalingGroupsCommand, DescribeLaunchConfigurationsCommand } from '@aws-sdk/client-auto-scaling';
import { DescribeLaunchTemplateVersionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import {
  GetDataCatalogEncryptionSettingsCommand,
  GetJobsCommand,
  GetSecurityConfigurationsCommand,
  GlueClient,
} from '@aws-sdk/client-glue';
import { DescribeBrokerCommand, ListBrokersCommand, MqClient } from '@aws-sdk/client-mq';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import type { SnapshotSet } from '../../src/model/snapshot.js';
import { fromRoot } from '../../src/paths.js';
import { AUTOSCALING_GROUPS, AUTOSCALING_LAUNCH_CONFIGURATIONS } from '../../src/providers/aws/services/autoscaling/state.js';
import { EC2_LAUNCH_TEMPLATES } from '../../src/providers/aws/services/ec2/launch-template-state.js';
import { GLUE_CATALOG_ENCRYPTION, GLUE_JOBS, GLUE_SECURITY_CONFIGURATIONS } from '../../src/providers/aws/services/glue/state.js';
import { MQ_BROKERS } from '../../src/providers/aws/services/mq/state.js';
import { collect } from '../support/aws.js';
import { cli, tempDir } from '../support/cli.js';

// Assembled at run time, so this file holds no literal secret for a scanner to flag.
const SECRETS = {
  templateUserData: Buffer.from(`#!/bin/sh\nexport DB_PASSWORD=Lt-${'s3cr3t-1'}\n`).toString('base64'),
  configUserData: Buffer.from(`#cloud-config\npassword: Lc-${'s3cr3t-2'}\n`).toString('base64'),
  mqUser: `mq-admin-${'s3cr3t-3'}`,
  mqLdapAccount: `ldap-svc-${'s3cr3t-4'}`,
  glueArgument: `Gj-${'s3cr3t-5'}`,
  glueConnection: `gc-${'s3cr3t-6'}`,
} as const;

const ec2 = mockClient(EC2Client);
const as = mockClient(AutoScalingClient);
const mq = mockClient(MqClient);
const glue = mockClient(GlueClient);
afterEach(() => {
  for (const m of [ec2, as, mq, glue]) m.reset();
});

const R = 'eu-west-1';
const BROKER = `arn:aws:mq:${R}:123456789012:broker:orders:b-1`;

function answerWithSecrets(): void {
  ec2.on(DescribeLaunchTemplateVersionsCommand).resolves({
    LaunchTemplateVersions: [
      {
        LaunchTemplateId: 'lt-0secret',
        LaunchTemplateName: 'web',
        VersionNumber: 3,
        LaunchTemplateData: { UserData: SECRETS.templateUserData, MetadataOptions: { HttpTokens: 'optional' } },
      },
    ],
  });
  as.on(DescribeAutoScalingGroupsCommand).resolves({ AutoScalingGroups: [] });
  as.on(DescribeLaunchConfigurationsCommand).resolves({
    LaunchConfigurations: [
      {
        LaunchConfigurationName: 'legacy',
        LaunchConfigurationARN: `arn:aws:autoscaling:${R}:123456789012:launchConfiguration:1:launchConfigurationName/legacy`,
        ImageId: 'ami-1',
        InstanceType: 't3.micro',
        CreatedTime: new Date(0),
        UserData: SECRETS.configUserData,
        AssociatePublicIpAddress: true,
      },
    ],
  });
  mq.on(ListBrokersCommand).resolves({
    BrokerSummaries: [
      { BrokerId: 'b-1', BrokerArn: BROKER, BrokerName: 'orders', DeploymentMode: 'SINGLE_INSTANCE', EngineType: 'ACTIVEMQ' },
    ],
  });
  mq.on(DescribeBrokerCommand).resolves({
    BrokerArn: BROKER,
    BrokerName: 'orders',
    EngineType: 'ACTIVEMQ',
    PubliclyAccessible: true,
    AutoMinorVersionUpgrade: false,
    EncryptionOptions: { UseAwsOwnedKey: true },
    // An ActiveMQ answer without log settings is an error (never read as off), which would exit 3.
    Logs: { General: false, GeneralLogGroup: 'orders-general', Audit: false },
    Users: [{ Username: SECRETS.mqUser }],
    LdapServerMetadata: {
      Hosts: ['ldap.example'],
      RoleBase: 'r',
      RoleSearchMatching: 'm',
      ServiceAccountUsername: SECRETS.mqLdapAccount,
      UserBase: 'u',
      UserSearchMatching: 'm',
    },
  });
  glue.on(GetDataCatalogEncryptionSettingsCommand).resolves({
    DataCatalogEncryptionSettings: {
      EncryptionAtRest: { CatalogEncryptionMode: 'DISABLED' },
      ConnectionPasswordEncryption: { ReturnConnectionPasswordEncrypted: false },
    },
  });
  glue.on(GetSecurityConfigurationsCommand).resolves({ SecurityConfigurations: [] });
  glue.on(GetJobsCommand).resolves({
    Jobs: [
      {
        Name: 'export',
        Command: { Name: 'glueetl' },
        Role: 'r',
        DefaultArguments: { '--db-password': SECRETS.glueArgument },
        NonOverridableArguments: { '--token': SECRETS.glueArgument },
        Connections: { Connections: [SECRETS.glueConnection] },
      },
    ],
  });
}

/** Every byte of every file under `path`, tarballs unpacked. */
function allBytes(path: string): string {
  if (statSync(path).isDirectory())
    return readdirSync(path)
      .map((e) => allBytes(join(path, e)))
      .join('\n');
  const raw = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('latin1');
}

describe('secrets the new AWS services return', () => {
  it('are not collected, so no snapshot, output, bundle or printed line holds them', async () => {
    answerWithSecrets();
    const keys = [
      AUTOSCALING_GROUPS,
      AUTOSCALING_LAUNCH_CONFIGURATIONS,
      EC2_LAUNCH_TEMPLATES,
      MQ_BROKERS,
      GLUE_CATALOG_ENCRYPTION,
      GLUE_JOBS,
      GLUE_SECURITY_CONFIGURATIONS,
    ];
    const { inventory } = await collect(keys, { regions: [R] });
    // The resources did reach the inventory (so the test can fail), without their secrets.
    const collected = JSON.stringify(inventory);
    for (const name of ['lt-0secret', 'legacy', 'orders', 'export']) expect(collected).toContain(name);

    // Scanned as part of the demo account, whose own answers for these keys are replaced.
    const cwd = tempDir('annexa-collected-secrets-');
    const set = JSON.parse(readFileSync(fromRoot('demo', 'demo-snapshot.json'), 'utf8')) as SnapshotSet;
    const aws = set.snapshots.find((s) => s.provider === 'aws')!;
    for (const k of keys) aws.inventory[k.id] = { ...aws.inventory[k.id], ...inventory[k.id] };
    const input = join(cwd, 'collected.json');
    writeFileSync(input, JSON.stringify(set));
    const run = await cli(
      [
        'scan',
        '--snapshot',
        input,
        '--format',
        'json,sarif,junit,ocsf,html',
        '--out',
        'out',
        '--evidence',
        'evidence',
        '--evidence-tar',
        '--save-snapshot',
        'saved.json',
        '--checks',
        'aws.autoscaling.*,aws.ec2.launch-template-*,aws.mq.*,aws.glue.*',
        '--fail-on',
        'none',
      ],
      { cwd },
    );
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.code).toBe(0);
    const written = {
      collected,
      out: allBytes(join(cwd, 'out')),
      evidence: allBytes(join(cwd, 'evidence')),
      evidenceTar: allBytes(join(cwd, 'evidence.tar.gz')),
      saved: allBytes(join(cwd, 'saved.json')),
      printed: run.stdout + run.stderr,
    };
    expect(written.out).toContain('lt-0secret');
    expect(written.out).toContain(BROKER);
    const decoded = (s: string) => Buffer.from(s, 'base64').toString('utf8');
    for (const [where, text] of Object.entries(written)) {
      for (const [name, secret] of Object.entries(SECRETS)) {
        expect(text.includes(secret), `${name} in ${where}`).toBe(false);
        if (name.endsWith('UserData')) expect(text.includes(decoded(secret)), `${name} (decoded) in ${where}`).toBe(false);
      }
    }
  }, 120_000);
});
