import type { Check } from '../../../../../model/check.js';
import { missingData } from '../../../../../model/fetched.js';
import { errorFinding, fail, notApplicable, pass, readFetched } from '../../../../check-kit.js';
import { eachRegional } from '../../resource-kit.js';
import { disabledParts, GLUE_JOBS, GLUE_SECURITY_CONFIGURATIONS, unknownParts } from '../state.js';

const TYPE = 'AWS::Glue::Job';

export const glueJobSecurityConfiguration: Check = {
  meta: {
    id: 'aws.glue.job-security-configuration',
    title: 'Glue jobs run with a security configuration that encrypts what they write',
    provider: 'aws',
    service: 'glue',
    resourceType: TYPE,
    severity: 'medium',
    requires: [GLUE_JOBS, GLUE_SECURITY_CONFIGURATIONS],
    rationale:
      "A Glue job's security configuration decides whether Glue encrypts the data the job writes to S3 (SSE-S3 or SSE-KMS), the logs it " +
      'sends to CloudWatch Logs (SSE-KMS) and its job bookmarks (CSE-KMS); a job without one writes all three unencrypted by Glue. AWS ' +
      'Control Tower control CT.GLUE.PR.1 requires jobs to name a configuration; naming one is not enough, so this check reads what the ' +
      'named configuration (GetSecurityConfigurations) actually sets. Passes when the job names a configuration whose S3, CloudWatch and ' +
      'bookmark encryption are all enabled; fails when the job names none, when the named configuration no longer exists (Glue cannot ' +
      'apply it), or when any of the three parts is DISABLED (an unset part is disabled), naming the parts. A mode Glue does not document ' +
      'is an error rather than a guess. Ray jobs (command glueray) are not applicable: Glue documents that security configurations are ' +
      'not supported in Ray jobs.',
    remediation: {
      text: 'Create a security configuration with S3, CloudWatch Logs and job bookmark encryption on, and set it on the job.',
      console: 'AWS Glue → Security configurations → Add; then ETL jobs → job → Job details → Security configuration',
      cli: 'aws glue update-job --job-name <name> --job-update \'{"Role":"<role>","Command":{...},"SecurityConfiguration":"<config>"}\'',
    },
  },
  evaluate(ctx) {
    return eachRegional(ctx, GLUE_JOBS, TYPE, (job, resource, region) => {
      if (job.command === 'glueray')
        return notApplicable(resource, 'ray-job', `Job ${job.name} is a Ray job, which cannot take a security configuration.`, {
          command: job.command,
        });
      const name = job.securityConfiguration;
      if (name === null)
        return fail(resource, 'no-security-configuration', `Job ${job.name} runs without a security configuration.`, {
          securityConfiguration: null,
        });
      const configs = readFetched(ctx, GLUE_SECURITY_CONFIGURATIONS, region);
      if (!configs.ok) return errorFinding(resource, configs.error, `the security configuration ${name}`);
      const config = configs.value[name];
      if (!config)
        return fail(
          resource,
          'security-configuration-missing',
          `Job ${job.name} names security configuration ${name}, which does not exist.`,
          {
            securityConfiguration: name,
          },
        );
      const observed = { securityConfiguration: name, s3: config.s3, cloudWatch: config.cloudWatch, jobBookmarks: config.bookmarks };
      const odd = unknownParts(config);
      if (odd.length > 0)
        return errorFinding(
          resource,
          missingData('glue:GetSecurityConfigurations', `security configuration ${name}: ${odd.join(', ')} is not a mode Glue documents`),
        );
      const off = disabledParts(config);
      return off.length === 0
        ? pass(resource, 'encrypted', `Job ${job.name} runs with ${name}, which encrypts S3 output, logs and bookmarks.`, observed)
        : fail(resource, 'encryption-partial', `Job ${job.name} runs with ${name}, which leaves ${off.join(', ')} unencrypted.`, observed);
    });
  },
};
