import { AccountClient, GetAlternateContactCommand, GetContactInformationCommand } from '@aws-sdk/client-account';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { accountSecurityContactRegistered } from './checks/aws.account.security-contact-registered.js';
import { ACCOUNT_CONTACT_INFORMATION, ACCOUNT_SECURITY_CONTACT } from './state.js';

let acct = mockClient(AccountClient);
afterEach(() => acct.reset());

const result = (inv: Awaited<ReturnType<typeof collect>>['inventory'], key: string) => inv[key]!.global!.result;

describe('aws.account.securityContact', () => {
  it('asks for the SECURITY contact and keeps only which fields are set', async () => {
    acct.on(GetAlternateContactCommand).resolves({
      AlternateContact: {
        AlternateContactType: 'SECURITY',
        Name: 'SecOps',
        EmailAddress: 'secops@example.com',
        PhoneNumber: ' ',
        Title: 'Team',
      },
    });
    const { inventory } = await collect([ACCOUNT_SECURITY_CONTACT]);
    expect(acct.commandCalls(GetAlternateContactCommand)[0]!.args[0].input).toEqual({ AlternateContactType: 'SECURITY' });
    expect(result(inventory, 'aws.account.securityContact')).toEqual({
      ok: true,
      value: { hasName: true, hasEmail: true, hasPhone: false },
    });
  });

  it('records ResourceNotFoundException as no contact, not as an error', async () => {
    acct.on(GetAlternateContactCommand).rejects(awsError('ResourceNotFoundException', 404));
    const { inventory } = await collect([ACCOUNT_SECURITY_CONTACT]);
    expect(result(inventory, 'aws.account.securityContact')).toEqual({ ok: true, value: null });
  });

  it('classifies AccessDenied with the action needed', async () => {
    acct.on(GetAlternateContactCommand).rejects(awsError('AccessDeniedException', 403));
    const { inventory } = await collect([ACCOUNT_SECURITY_CONTACT]);
    expect(result(inventory, 'aws.account.securityContact')).toMatchObject({
      ok: false,
      error: { kind: 'denied', api: 'account:GetAlternateContact', action: 'account:GetAlternateContact' },
    });
  });

  it('asks once per account however many regions and checks', async () => {
    acct.on(GetAlternateContactCommand).resolves({ AlternateContact: { Name: 'a', EmailAddress: 'b', PhoneNumber: 'c' } });
    const twin = { ...accountSecurityContactRegistered, meta: { ...accountSecurityContactRegistered.meta, id: 'twin' } };
    await collect([accountSecurityContactRegistered, twin], { regions: ['eu-west-1', 'us-east-1'] });
    expect(acct.commandCalls(GetAlternateContactCommand)).toHaveLength(1);
  });
});

describe('aws.account.contactInformation', () => {
  it('keeps which primary contact fields are filled in', async () => {
    acct.on(GetContactInformationCommand).resolves({
      ContactInformation: { FullName: 'Ops', PhoneNumber: '+1', AddressLine1: '1 St', City: 'X', PostalCode: '1', CountryCode: 'US' },
    });
    const { inventory } = await collect([ACCOUNT_CONTACT_INFORMATION]);
    expect(result(inventory, 'aws.account.contactInformation')).toEqual({
      ok: true,
      value: { hasFullName: true, hasPhone: true, hasAddress: true, hasCountry: true },
    });
  });

  it('lets the SDK retry throttling, then succeeds (the API has no pages)', async () => {
    acct.restore();
    try {
      const get = throttledThen(
        { ContactInformation: { FullName: 'Ops', PhoneNumber: '', AddressLine1: '1', City: 'X', CountryCode: 'US' } },
        2,
        'TooManyRequestsException',
      );
      const { inventory, stats } = await collect([ACCOUNT_CONTACT_INFORMATION], {
        client: { configure: fakeService({ GetContactInformation: get }) },
      });
      expect(result(inventory, 'aws.account.contactInformation')).toMatchObject({ ok: true, value: { hasPhone: false } });
      expect(stats.toJSON()['account:GetContactInformation']).toMatchObject({ calls: 1, attempts: 3, throttles: 2, errors: 0 });
    } finally {
      acct = mockClient(AccountClient);
    }
  });
});
