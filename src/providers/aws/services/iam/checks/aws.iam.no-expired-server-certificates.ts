import type { Check } from '../../../../../model/check.js';
import { GLOBAL } from '../../../../../model/keys.js';
import { accountResource, awsResource, fail, pass, readGlobal } from '../../../../check-kit.js';
import { IAM_SERVER_CERTIFICATES } from '../state.js';

const TYPE = 'AWS::IAM::ServerCertificate';

export const iamNoExpiredServerCertificates: Check = {
  meta: {
    id: 'aws.iam.no-expired-server-certificates',
    title: 'No expired server certificates are stored in IAM',
    provider: 'aws',
    service: 'iam',
    resourceType: TYPE,
    severity: 'medium',
    requires: [IAM_SERVER_CERTIFICATES],
    rationale:
      'One finding per certificate from ListServerCertificates: fails when its Expiration is at or before the collection time, passes otherwise. ' +
      'An account with no IAM server certificates gives one passing account-level finding. An expired certificate left in IAM can still be ' +
      'attached to a load balancer or CloudFront distribution by mistake, breaking TLS for clients or teaching them to click through warnings.',
    remediation: {
      text: 'Delete expired certificates from IAM once nothing uses them (prefer ACM, which renews certificates itself).',
      cli: 'aws iam delete-server-certificate --server-certificate-name <name>',
    },
    cis: ['2.17'],
  },
  evaluate(ctx) {
    const account = accountResource(ctx);
    return readGlobal(ctx, IAM_SERVER_CERTIFICATES, account, (certs) => {
      if (!certs.length) return [pass(account, 'no-server-certificates', 'No server certificates are stored in IAM.', { certificates: 0 })];
      return certs.map((c) => {
        const r = awsResource(ctx, TYPE, GLOBAL, c.arn, c.name);
        return new Date(c.expiration) <= ctx.now
          ? fail(r, 'certificate-expired', `Server certificate ${c.name} expired on ${c.expiration.slice(0, 10)}.`, {
              expiration: c.expiration,
            })
          : pass(r, 'certificate-valid', `Server certificate ${c.name} is valid until ${c.expiration.slice(0, 10)}.`, {
              expiration: c.expiration,
            });
      });
    });
  },
};
