import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { CODEBUILD_PROJECTS } from '../state.js';

export const codebuildProjectLoggingEnabled = eachResource(
  {
    id: 'aws.codebuild.project-logging-enabled',
    title: 'CodeBuild projects send build logs to CloudWatch Logs or S3',
    service: 'codebuild',
    resourceType: 'AWS::CodeBuild::Project',
    severity: 'medium',
    requires: [CODEBUILD_PROJECTS],
    rationale:
      'Security Hub (CodeBuild.4) passes a project whose logsConfig has at least one destination, CloudWatch Logs or S3, with status ENABLED. Build logs show what each build ran and fetched, which an investigation of a tampered pipeline needs. A project whose logsConfig names no CloudWatch Logs status logs there: AWS documents CloudWatch Logs as enabled by default (S3 logs as off). Fails when neither destination is ENABLED.',
    remediation: {
      text: 'Enable CloudWatch Logs or S3 logs for the project.',
      cli: 'aws codebuild update-project --name <name> --logs-config "cloudWatchLogs={status=ENABLED}"',
    },
  },
  CODEBUILD_PROJECTS,
  (p, r) => {
    const observed = { cloudWatchLogs: p.cloudWatchLogs ?? null, s3Logs: p.s3Logs ?? null };
    // CloudWatch Logs are on unless the project turns them off; S3 logs are off unless turned on.
    const cw = p.cloudWatchLogs ?? 'ENABLED';
    const on = [cw === 'ENABLED' ? 'CloudWatch Logs' : null, p.s3Logs === 'ENABLED' ? 'S3' : null].filter((d) => d !== null);
    return on.length > 0
      ? pass(r, 'logging-enabled', `Project ${p.name} sends build logs to ${on.join(' and ')}.`, observed)
      : fail(r, 'logging-disabled', `Project ${p.name} sends build logs nowhere.`, observed);
  },
);
