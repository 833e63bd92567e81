import type { Check } from '../../../../../model/check.js';
import { accountResource, fail, pass, readGlobal } from '../../../../check-kit.js';
import { ACCOUNT_SECURITY_CONTACT } from '../state.js';

export const accountSecurityContactRegistered: Check = {
  meta: {
    id: 'aws.account.security-contact-registered',
    title: 'A security contact is registered for the account',
    provider: 'aws',
    service: 'account',
    resourceType: 'AWS::::Account',
    severity: 'medium',
    requires: [ACCOUNT_SECURITY_CONTACT],
    rationale:
      "One account-level result from GetAlternateContact (type SECURITY). Passes when a security alternate contact is set with a name, an email address and a phone number; fails when AWS answers ResourceNotFoundException (no security contact) or a field is empty. AWS sends security notices, abuse reports and compromise warnings to this contact; without it they go to the root email, which may be one person's or unread. Whether the address reaches a monitored team mailbox is for a person to confirm.",
    remediation: {
      text: 'Register a security contact whose email is a monitored team alias and whose phone reaches the on-call team.',
      console: 'Account (top-right menu) → Account → Alternate contacts → Security contact → Edit',
      cli: 'aws account put-alternate-contact --alternate-contact-type SECURITY --name <team> --title <title> --email-address <alias> --phone-number <phone>',
    },
    cis: ['2.3'],
  },
  evaluate(ctx) {
    const account = accountResource(ctx);
    return readGlobal(ctx, ACCOUNT_SECURITY_CONTACT, account, (contact) => {
      if (!contact)
        return [fail(account, 'no-security-contact', 'No security contact is registered for the account.', { registered: false })];
      const missing = [!contact.hasName && 'name', !contact.hasEmail && 'email address', !contact.hasPhone && 'phone number'].filter(
        Boolean,
      );
      if (missing.length) {
        return [
          fail(account, 'security-contact-incomplete', `The security contact has no ${missing.join(' or ')}.`, {
            registered: true,
            missing,
          }),
        ];
      }
      return [
        pass(account, 'security-contact-registered', 'A security contact with name, email and phone is registered.', { registered: true }),
      ];
    });
  },
};
