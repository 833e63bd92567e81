import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { eachTrail } from '../helpers.js';
import { CLOUDTRAIL_TRAILS } from '../state.js';

export const cloudTrailLogFileValidationEnabled: Check = {
  meta: {
    id: 'aws.cloudtrail.log-file-validation-enabled',
    title: 'CloudTrail trails have log file integrity validation',
    provider: 'aws',
    service: 'cloudtrail',
    resourceType: 'AWS::CloudTrail::Trail',
    severity: 'medium',
    requires: [CLOUDTRAIL_TRAILS],
    rationale:
      'Evaluates every trail in the region where it is homed. Passes when log file validation is enabled, so CloudTrail writes signed hourly digest files; fails when it is off. Without digests nobody can prove that delivered log files were not altered or deleted afterwards, which undermines their value as evidence.',
    remediation: {
      text: 'Enable log file validation on the trail, and periodically verify the digests with `aws cloudtrail validate-logs`.',
      console: 'CloudTrail → Trails → trail → General details → Edit → Log file validation → Enabled',
      cli: 'aws cloudtrail update-trail --name <trail> --enable-log-file-validation',
    },
    cis: ['4.2'],
  },
  evaluate(ctx) {
    return eachTrail(ctx, (t, resource) => {
      const observed = { logFileValidationEnabled: t.logFileValidationEnabled };
      return t.logFileValidationEnabled
        ? pass(resource, 'validation-enabled', `Trail ${t.name} writes signed digest files for log integrity validation.`, observed)
        : fail(resource, 'validation-disabled', `Trail ${t.name} has log file validation turned off.`, observed);
    });
  },
};
