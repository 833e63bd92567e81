import { azureSnapshot, type CheckCases, denied } from '../../../../../../test/support/snapshot.js';
import { SUB_ID } from '../../../builders.fixtures.js';
import { AZURE_SECURITY_CONTACTS, type SecurityContact } from '../state.js';
import { securityContactConfigured as check } from './azure.security.contact-configured.js';

const contact = (properties: SecurityContact['properties']): SecurityContact => ({
  id: `${SUB_ID}/providers/Microsoft.Security/securityContacts/default`,
  name: 'default',
  type: 'Microsoft.Security/securityContacts',
  properties,
});
const with_ = (...contacts: SecurityContact[]) => azureSnapshot().global(AZURE_SECURITY_CONTACTS, contacts);

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'an address with alerts on passes',
      snapshot: with_(
        contact({
          emails: 'soc@example.com; ciso@example.com',
          alertNotifications: { state: 'On', minimalSeverity: 'High' },
          notificationsByRole: { state: 'On', roles: ['Owner'] },
        }),
      ),
      expected: [['pass', 'contact-configured']],
    },
    { name: 'no contact fails', snapshot: with_(), expected: [['fail', 'no-contact-email']] },
    {
      name: 'a contact without an address fails',
      snapshot: with_(contact({ emails: ' ', alertNotifications: { state: 'On' } })),
      expected: [['fail', 'no-contact-email']],
    },
    {
      name: 'alerts off fails',
      snapshot: with_(contact({ emails: 'soc@example.com', alertNotifications: { state: 'Off' } })),
      expected: [['fail', 'alerts-off']],
    },
    {
      name: 'denied contacts are an error',
      snapshot: azureSnapshot().global(
        AZURE_SECURITY_CONTACTS,
        denied('Microsoft.Security/securityContacts:list', 'Microsoft.Security/securityContacts/read'),
      ),
      expected: [['error', 'error.denied']],
    },
    { name: 'contacts missing from the snapshot are an error', snapshot: azureSnapshot(), expected: [['error', 'error.unknown']] },
  ],
};
