import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { SECRETS } from '../state.js';

export const secretsManagerSecretRotationEnabled = eachResource(
  {
    id: 'aws.secretsmanager.secret-rotation-enabled',
    title: 'Secrets Manager secrets rotate automatically',
    service: 'secretsmanager',
    resourceType: 'AWS::SecretsManager::Secret',
    severity: 'medium',
    requires: [SECRETS],
    rationale:
      'Passes when RotationEnabled: a rotation function (or managed rotation) replaces the secret on a schedule, so a leaked copy ' +
      'stops working. Fails when the secret only changes when someone changes it by hand.',
    remediation: {
      text: 'Configure rotation with a rotation function or managed rotation and a schedule.',
      cli: 'aws secretsmanager rotate-secret --secret-id <arn> --rotation-lambda-arn <function-arn> --rotation-rules AutomaticallyAfterDays=30',
    },
  },
  SECRETS,
  (s, r) =>
    s.rotationEnabled
      ? pass(r, 'rotation-on', `Secret ${s.name} rotates automatically.`, { rotationEnabled: true })
      : fail(r, 'rotation-off', `Secret ${s.name} does not rotate automatically.`, { rotationEnabled: false }),
);
