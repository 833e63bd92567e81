import { awsError, type FakeHandlers } from '../../simulator.js';

/** The demo account has full primary contact details but never registered a security contact. */
export const demoAccount: Partial<Record<string, FakeHandlers>> = {
  account: {
    GetAlternateContact: () => {
      throw awsError('ResourceNotFoundException', 404, 'No contact of the inputted alternate contact type found.');
    },
    GetContactInformation: () => ({
      ContactInformation: {
        FullName: 'Acme Cloud Platform Team',
        CompanyName: 'Acme Ltd',
        PhoneNumber: '+44 20 7946 0000',
        AddressLine1: '1 Example Street',
        City: 'London',
        PostalCode: 'EC1A 1AA',
        CountryCode: 'GB',
      },
    }),
  },
};
