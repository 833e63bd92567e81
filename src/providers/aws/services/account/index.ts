import type { AwsService } from '../../service.js';
import { accountContactInformationComplete } from './checks/aws.account.contact-information-complete.js';
import { accountSecurityContactRegistered } from './checks/aws.account.security-contact-registered.js';
import { accountCollectors } from './collect.js';
import { demoAccount } from './demo.js';

export const account: AwsService = {
  id: 'account',
  collectors: accountCollectors,
  // Sorted by id.
  checks: [accountContactInformationComplete, accountSecurityContactRegistered],
  links: new URL('./links.yaml', import.meta.url),
  demo: demoAccount,
};
