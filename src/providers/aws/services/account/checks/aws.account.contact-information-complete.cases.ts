import { type CheckCases, snapshot, throttled } from '../../../../../../test/support/snapshot.js';
import { ACCOUNT_CONTACT_INFORMATION } from '../state.js';
import { accountContactInformationComplete } from './aws.account.contact-information-complete.js';

const all = { hasFullName: true, hasPhone: true, hasAddress: true, hasCountry: true };

export const table: CheckCases = {
  check: accountContactInformationComplete,
  cases: [
    {
      name: 'passes when every field is filled in',
      snapshot: snapshot().global(ACCOUNT_CONTACT_INFORMATION, all),
      expected: [['pass', 'contact-information-complete']],
    },
    {
      name: 'fails without a phone number',
      snapshot: snapshot().global(ACCOUNT_CONTACT_INFORMATION, { ...all, hasPhone: false }),
      expected: [['fail', 'contact-information-incomplete']],
    },
    {
      name: 'is an error when throttling outlasts the retries',
      snapshot: snapshot().global(ACCOUNT_CONTACT_INFORMATION, throttled('account:GetContactInformation')),
      expected: [['error', 'error.throttled']],
    },
  ],
};
