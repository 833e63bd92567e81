/** Collector tests for the IAM keys the CIS v7.0.0 items added: virtual MFA devices, server certificates, organisation features. */
import {
  IAMClient,
  ListOrganizationsFeaturesCommand,
  ListServerCertificatesCommand,
  ListVirtualMFADevicesCommand,
} from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { ACCOUNT } from '../../../../../test/support/snapshot.js';
import { iamRootHardwareMfaEnabled } from './checks/aws.iam.root-hardware-mfa-enabled.js';
import { IAM_ORGANIZATIONS_FEATURES, IAM_SERVER_CERTIFICATES, IAM_VIRTUAL_MFA_DEVICES } from './state.js';

let iam = mockClient(IAMClient);
afterEach(() => iam.reset());

const entry = (inv: Awaited<ReturnType<typeof collect>>['inventory'], key: string) => inv[key]!.global!.result;

describe('aws.iam.virtualMfaDevices', () => {
  it('follows pages of assigned devices', async () => {
    iam
      .on(ListVirtualMFADevicesCommand)
      .resolvesOnce({
        VirtualMFADevices: [
          {
            SerialNumber: `arn:aws:iam::${ACCOUNT}:mfa/z`,
            User: { Path: '/', UserName: 'root', UserId: ACCOUNT, Arn: `arn:aws:iam::${ACCOUNT}:root`, CreateDate: new Date(0) },
          },
        ],
        IsTruncated: true,
        Marker: 'm1',
      })
      .resolvesOnce({ VirtualMFADevices: [{ SerialNumber: `arn:aws:iam::${ACCOUNT}:mfa/a` }], IsTruncated: false });
    const { inventory } = await collect([IAM_VIRTUAL_MFA_DEVICES]);
    const calls = iam.commandCalls(ListVirtualMFADevicesCommand);
    expect(calls[0]!.args[0].input).toMatchObject({ AssignmentStatus: 'Assigned' });
    expect(calls[1]!.args[0].input).toMatchObject({ Marker: 'm1' });
    expect(entry(inventory, 'aws.iam.virtualMfaDevices')).toEqual({
      ok: true,
      value: [
        { serialNumber: `arn:aws:iam::${ACCOUNT}:mfa/a` },
        { serialNumber: `arn:aws:iam::${ACCOUNT}:mfa/z`, userArn: `arn:aws:iam::${ACCOUNT}:root` },
      ],
    });
  });

  it('classifies AccessDenied with the action needed, once for the account', async () => {
    iam.on(ListVirtualMFADevicesCommand).rejects(awsError('AccessDenied', 403));
    const { inventory } = await collect(
      [iamRootHardwareMfaEnabled].map((c) => ({ ...c, meta: { ...c.meta, requires: [IAM_VIRTUAL_MFA_DEVICES] } })),
      {
        regions: ['eu-west-1', 'us-east-1'],
      },
    );
    expect(iam.commandCalls(ListVirtualMFADevicesCommand)).toHaveLength(1);
    expect(entry(inventory, 'aws.iam.virtualMfaDevices')).toMatchObject({
      ok: false,
      error: { kind: 'denied', api: 'iam:ListVirtualMFADevices', action: 'iam:ListVirtualMFADevices' },
    });
  });
});

describe('aws.iam.serverCertificates', () => {
  it('follows pages and keeps name, ARN and expiry', async () => {
    iam
      .on(ListServerCertificatesCommand)
      .resolvesOnce({
        ServerCertificateMetadataList: [
          { Path: '/', ServerCertificateName: 'b', ServerCertificateId: 'i1', Arn: 'arn:b', Expiration: new Date('2025-01-01T00:00:00Z') },
        ],
        IsTruncated: true,
        Marker: 'p2',
      })
      .resolvesOnce({
        ServerCertificateMetadataList: [
          { Path: '/', ServerCertificateName: 'a', ServerCertificateId: 'i2', Arn: 'arn:a', Expiration: new Date('2027-06-01T00:00:00Z') },
        ],
      });
    const { inventory } = await collect([IAM_SERVER_CERTIFICATES]);
    expect(iam.commandCalls(ListServerCertificatesCommand)[1]!.args[0].input).toMatchObject({ Marker: 'p2' });
    expect(entry(inventory, 'aws.iam.serverCertificates')).toEqual({
      ok: true,
      value: [
        { name: 'a', arn: 'arn:a', expiration: '2027-06-01T00:00:00.000Z' },
        { name: 'b', arn: 'arn:b', expiration: '2025-01-01T00:00:00.000Z' },
      ],
    });
  });
});

describe('aws.iam.organizationsFeatures', () => {
  it('keeps the enabled features of the organisation', async () => {
    iam
      .on(ListOrganizationsFeaturesCommand)
      .resolves({ OrganizationId: 'o-1', EnabledFeatures: ['RootSessions', 'RootCredentialsManagement'] });
    const { inventory } = await collect([IAM_ORGANIZATIONS_FEATURES]);
    expect(entry(inventory, 'aws.iam.organizationsFeatures')).toEqual({
      ok: true,
      value: { scope: 'organization', enabledFeatures: ['RootCredentialsManagement', 'RootSessions'] },
    });
  });

  it.each([
    ['AccountNotManagementOrDelegatedAdministratorException', 'member-account'],
    ['OrganizationNotFoundException', 'no-organization'],
    ['ServiceAccessNotEnabledException', 'trusted-access-off'],
  ])('reads %s as an answer about the account (%s), not an error', async (code, scope) => {
    iam.on(ListOrganizationsFeaturesCommand).rejects(awsError(code, 400));
    const { inventory } = await collect([IAM_ORGANIZATIONS_FEATURES]);
    expect(entry(inventory, 'aws.iam.organizationsFeatures')).toEqual({ ok: true, value: { scope } });
  });

  it('keeps a real denial as denied', async () => {
    iam.on(ListOrganizationsFeaturesCommand).rejects(awsError('AccessDenied', 403));
    const { inventory } = await collect([IAM_ORGANIZATIONS_FEATURES]);
    expect(entry(inventory, 'aws.iam.organizationsFeatures')).toMatchObject({
      ok: false,
      error: { kind: 'denied', api: 'iam:ListOrganizationsFeatures' },
    });
  });
});

describe('throttling on the CIS listings', () => {
  it('lets the SDK retry, then succeeds', async () => {
    iam.restore();
    try {
      const mfa = throttledThen({ VirtualMFADevices: [], IsTruncated: false }, 2, 'Throttling');
      const certs = throttledThen({ ServerCertificateMetadataList: [], IsTruncated: false }, 1, 'Throttling');
      const { inventory, stats } = await collect([IAM_VIRTUAL_MFA_DEVICES, IAM_SERVER_CERTIFICATES], {
        client: { configure: fakeService({ ListVirtualMFADevices: mfa, ListServerCertificates: certs }) },
      });
      expect(entry(inventory, 'aws.iam.virtualMfaDevices')).toEqual({ ok: true, value: [] });
      expect(entry(inventory, 'aws.iam.serverCertificates')).toEqual({ ok: true, value: [] });
      expect(stats.toJSON()['iam:ListVirtualMFADevices']).toMatchObject({ calls: 1, attempts: 3, throttles: 2, errors: 0 });
      expect(stats.toJSON()['iam:ListServerCertificates']).toMatchObject({ calls: 1, attempts: 2, throttles: 1, errors: 0 });
    } finally {
      iam = mockClient(IAMClient);
    }
  });
});
