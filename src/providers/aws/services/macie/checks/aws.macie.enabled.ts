import type { Check } from '../../../../../model/check.js';
import { accountResource, fail, pass, readRegional } from '../../../../check-kit.js';
import { MACIE_SESSION } from '../state.js';

const TYPE = 'AWS::Macie::Session';

export const macieEnabled: Check = {
  meta: {
    id: 'aws.macie.enabled',
    title: 'Amazon Macie is enabled in every region',
    provider: 'aws',
    service: 'macie',
    resourceType: TYPE,
    severity: 'medium',
    requires: [MACIE_SESSION],
    rationale:
      'One finding per scanned region from GetMacieSession. Passes when the Macie session is ENABLED; fails when it is PAUSED or when Macie ' +
      'answers that it is not enabled (AccessDeniedException with the message "Macie is not enabled", which is how the API reports a region ' +
      'without Macie); any other denial or throttling is an error. Macie inventories S3 buckets and discovers sensitive data in them, so ' +
      'unprotected personal or secret data is found before someone else finds it. CIS 3.1.3 also accepts a third-party tool and asks for ' +
      'discovery jobs to exist; both stay for a person to confirm.',
    remediation: {
      text: 'Enable Macie in each region that holds S3 data (through a delegated administrator for an organisation) and schedule sensitive data discovery.',
      console: 'Amazon Macie → Get started → Enable Macie (per region, or Settings → Accounts for an organisation)',
      cli: 'aws macie2 enable-macie --region <region>',
    },
    cis: ['3.1.3'],
  },
  evaluate(ctx) {
    return readRegional(
      ctx,
      MACIE_SESSION,
      (region) => accountResource(ctx, TYPE, region),
      (s, region) => {
        const resource = accountResource(ctx, TYPE, region);
        if (!s) return [fail(resource, 'macie-not-enabled', `Macie is not enabled in ${region}.`, { status: 'DISABLED' })];
        if (s.status !== 'ENABLED') return [fail(resource, 'macie-paused', `Macie is ${s.status} in ${region}.`, { status: s.status })];
        return [pass(resource, 'macie-enabled', `Macie is enabled in ${region}.`, { status: s.status })];
      },
    );
  },
};
