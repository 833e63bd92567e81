import { api } from '../../../../inventory/collector.js';
import { awsClient } from '../../clients.js';
import type { AwsCollector } from '../../context.js';
import { errorCode } from '../../errors.js';
import { ACCOUNT_CONTACT_INFORMATION, ACCOUNT_SECURITY_CONTACT, type AlternateContact, type ContactInformation } from './state.js';

const ACCOUNT = awsClient('account', 'account', async () => (await import('@aws-sdk/client-account')).AccountClient);

const GET_ALTERNATE_CONTACT = api('account:GetAlternateContact');
const GET_CONTACT_INFORMATION = api('account:GetContactInformation');

const filled = (v: string | undefined): boolean => typeof v === 'string' && v.trim() !== '';

const securityContact: AwsCollector<AlternateContact | null> = {
  key: ACCOUNT_SECURITY_CONTACT,
  service: 'account',
  apis: [GET_ALTERNATE_CONTACT],
  async collect(ctx, home) {
    const { GetAlternateContactCommand } = await import('@aws-sdk/client-account');
    const client = await ctx.client(ACCOUNT, home);
    return ctx.call(GET_ALTERNATE_CONTACT, async () => {
      try {
        const out = await client.send(new GetAlternateContactCommand({ AlternateContactType: 'SECURITY' }));
        const c = out.AlternateContact;
        return { hasName: filled(c?.Name), hasEmail: filled(c?.EmailAddress), hasPhone: filled(c?.PhoneNumber) };
      } catch (err) {
        // The documented answer when no contact of that type is set: data, not an error.
        if (errorCode(err) === 'ResourceNotFoundException') return null;
        throw err;
      }
    });
  },
};

const contactInformation: AwsCollector<ContactInformation> = {
  key: ACCOUNT_CONTACT_INFORMATION,
  service: 'account',
  apis: [GET_CONTACT_INFORMATION],
  async collect(ctx, home) {
    const { GetContactInformationCommand } = await import('@aws-sdk/client-account');
    const client = await ctx.client(ACCOUNT, home);
    return ctx.call(GET_CONTACT_INFORMATION, async () => {
      const c = (await client.send(new GetContactInformationCommand({}))).ContactInformation;
      return {
        hasFullName: filled(c?.FullName),
        hasPhone: filled(c?.PhoneNumber),
        hasAddress: filled(c?.AddressLine1) && filled(c?.City),
        hasCountry: filled(c?.CountryCode),
      };
    });
  },
};

export const accountCollectors: readonly AwsCollector<unknown>[] = [
  securityContact,
  contactInformation,
] as readonly AwsCollector<unknown>[];
