import type { Check } from '../../../../../model/check.js';
import { paramsOf } from '../../../../check-kit.js';
import { ECS_PARAMS } from '../params.js';
import { ECS_TASK_DEFINITIONS } from '../state.js';
import { eachContainer, TASK_DEFINITION } from './containers.js';

export const ecsTaskDefinitionNoSecretsInEnvironment: Check = {
  meta: {
    id: 'aws.ecs.task-definition-no-secrets-in-environment',
    title: 'ECS task definitions keep secrets out of plain environment variables',
    provider: 'aws',
    service: 'ecs',
    resourceType: TASK_DEFINITION,
    severity: 'high',
    requires: [ECS_TASK_DEFINITIONS],
    rationale:
      'Plain environment values are stored in the task definition in clear text, and anyone with ecs:DescribeTaskDefinition can ' +
      'read them; the secrets field instead injects values from Secrets Manager or Parameter Store at start. Judges the latest ACTIVE ' +
      "revision. Fails when a plain environment variable's name matches a secret-like pattern (aws.ecs.secretNamePatterns: " +
      'password, secret, token, API key, access key, private key, credential, connection string). Only names are read: values are ' +
      'never collected, so a secret under an innocent name is not found.',
    remediation: {
      text: "Move the values to Secrets Manager or SSM Parameter Store and reference them through the container's secrets field; rotate the exposed values.",
      console: 'ECS → Task definitions → family → Create new revision → container → Environment variables → ValueFrom',
      cli: 'aws ecs register-task-definition --cli-input-json file://task-definition.json',
    },
  },
  evaluate(ctx) {
    const patterns = paramsOf(ctx, 'aws.ecs', ECS_PARAMS).secretNamePatterns.map((p) => new RegExp(p, 'i'));
    return eachContainer(ctx, {
      offends: (c) => {
        const names = c.environmentNames.filter((n) => patterns.some((p) => p.test(n)));
        return names.length ? names.join(', ') : undefined;
      },
      passId: 'no-secret-names',
      passText: 'no plain environment variable looks like a secret',
      failId: 'secret-in-environment',
      failText: 'secret-like plain environment variables in',
    });
  },
};
