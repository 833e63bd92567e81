import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { ACM_CERTIFICATES } from '../state.js';

/** RSA keys shorter than 2048 bits are below every current baseline (NIST SP 800-131A, CA/Browser Forum). */
function weak(algorithm: string): boolean {
  const rsa = /^RSA_(\d+)$/.exec(algorithm);
  return rsa !== null && Number(rsa[1]) < 2048;
}

export const acmCertificateKeyStrong = eachResource(
  {
    id: 'aws.acm.certificate-key-strong',
    title: 'ACM certificates use strong keys',
    service: 'acm',
    resourceType: 'AWS::CertificateManager::Certificate',
    severity: 'medium',
    requires: [ACM_CERTIFICATES],
    rationale:
      "Fails when the certificate's key is RSA shorter than 2048 bits (ACM still holds imported RSA_1024 keys). Passes for RSA " +
      '2048 bits and more and for the elliptic-curve keys ACM supports (P-256, P-384, P-521).',
    remediation: {
      text: 'Request or import a replacement with an RSA 2048-bit or ECDSA key and switch the resources using it.',
      cli: 'aws acm request-certificate --domain-name <name> --key-algorithm EC_prime256v1 --validation-method DNS',
    },
  },
  ACM_CERTIFICATES,
  (c, r) =>
    weak(c.keyAlgorithm)
      ? fail(r, 'weak-key', `Certificate for ${c.name} uses a weak ${c.keyAlgorithm} key.`, { keyAlgorithm: c.keyAlgorithm })
      : pass(r, 'strong-key', `Certificate for ${c.name} uses ${c.keyAlgorithm}.`, { keyAlgorithm: c.keyAlgorithm }),
);
