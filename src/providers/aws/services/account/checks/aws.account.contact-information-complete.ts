import type { Check } from '../../../../../model/check.js';
import { accountResource, fail, pass, readGlobal } from '../../../../check-kit.js';
import { ACCOUNT_CONTACT_INFORMATION } from '../state.js';

export const accountContactInformationComplete: Check = {
  meta: {
    id: 'aws.account.contact-information-complete',
    title: "The account's primary contact information is filled in",
    provider: 'aws',
    service: 'account',
    resourceType: 'AWS::::Account',
    severity: 'low',
    requires: [ACCOUNT_CONTACT_INFORMATION],
    rationale:
      'One account-level result from GetContactInformation. Passes when the primary contact has a full name, a phone number, a street address with city, and a country; fails when any is empty. ' +
      'AWS uses these details to reach the owner about abuse or a suspected compromise before it throttles the account. ' +
      'This proves only that the fields are present: whether they are current and reach more than one person (CIS 2.2) must be confirmed by a person, so the benchmark item stays a manual control.',
    remediation: {
      text: 'Fill in the primary contact with a shared phone line and the organisation address.',
      console: 'Account (top-right menu) → Account → Contact information → Edit',
      cli: 'aws account put-contact-information --contact-information FullName=<name>,PhoneNumber=<phone>,AddressLine1=<street>,City=<city>,PostalCode=<code>,CountryCode=<cc>',
    },
    cis: ['2.2'],
  },
  evaluate(ctx) {
    const account = accountResource(ctx);
    return readGlobal(ctx, ACCOUNT_CONTACT_INFORMATION, account, (c) => {
      const missing = [
        !c.hasFullName && 'full name',
        !c.hasPhone && 'phone number',
        !c.hasAddress && 'address',
        !c.hasCountry && 'country',
      ].filter(Boolean);
      if (missing.length)
        return [fail(account, 'contact-information-incomplete', `The primary contact has no ${missing.join(', ')}.`, { missing })];
      return [pass(account, 'contact-information-complete', 'The primary contact has a name, phone number, address and country.', {})];
    });
  },
};
