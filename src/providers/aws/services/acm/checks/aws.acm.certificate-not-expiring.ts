import { fail, notApplicable, paramsOf, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { ACM_PARAMS } from '../params.js';
import { ACM_CERTIFICATES } from '../state.js';

const DAY = 86_400_000;

export const acmCertificateNotExpiring = eachResource(
  {
    id: 'aws.acm.certificate-not-expiring',
    title: 'ACM certificates are not expired or about to expire',
    service: 'acm',
    resourceType: 'AWS::CertificateManager::Certificate',
    severity: 'high',
    requires: [ACM_CERTIFICATES],
    rationale:
      'Judges issued and expired certificates. Fails when NotAfter has passed, or falls within aws.acm.expiryWarningDays ' +
      '(default 30) of the scan. ACM renews eligible Amazon-issued certificates from 60 days before expiry, so one this close ' +
      'has a renewal that is failing (often DNS validation); imported certificates are never renewed by ACM. Certificates ' +
      'pending validation, failed or revoked are not applicable.',
    remediation: {
      text: 'Fix the renewal (restore the DNS validation record) or import a renewed certificate; delete certificates no longer used.',
      cli: 'aws acm describe-certificate --certificate-arn <arn> --query Certificate.RenewalSummary',
    },
  },
  ACM_CERTIFICATES,
  (c, r, ctx) => {
    if ((c.status !== 'ISSUED' && c.status !== 'EXPIRED') || !c.notAfter)
      return notApplicable(r, 'not-issued', `Certificate for ${c.name} is ${c.status}.`, { status: c.status });
    const warn = paramsOf(ctx, 'aws.acm', ACM_PARAMS).expiryWarningDays;
    const days = Math.floor((new Date(c.notAfter).getTime() - ctx.now.getTime()) / DAY);
    const observed = { notAfter: c.notAfter, daysLeft: days, type: c.type, inUse: c.inUse };
    if (days < 0)
      return fail(r, 'expired', `Certificate for ${c.name} expired ${-days} days ago${c.inUse ? ' and is still in use' : ''}.`, observed);
    if (days < warn) return fail(r, 'expiring', `Certificate for ${c.name} expires in ${days} days.`, observed);
    return pass(r, 'valid', `Certificate for ${c.name} is valid for ${days} more days.`, observed);
  },
);
