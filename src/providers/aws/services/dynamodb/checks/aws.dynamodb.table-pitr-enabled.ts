import { fail, pass } from '../../../../check-kit.js';
import { eachEntry } from '../../each-resource.js';
import { DYNAMODB_BACKUPS } from '../state.js';
import { tableArn } from './table-arn.js';

export const dynamoDbTablePitrEnabled = eachEntry(
  {
    id: 'aws.dynamodb.table-pitr-enabled',
    title: 'DynamoDB tables have point-in-time recovery',
    service: 'dynamodb',
    resourceType: 'AWS::DynamoDB::Table',
    severity: 'medium',
    requires: [DYNAMODB_BACKUPS],
    rationale:
      'Passes when DescribeContinuousBackups reports PointInTimeRecoveryStatus ENABLED: the table can be restored to any second ' +
      'of the recovery period (1 to 35 days), which undoes an accidental overwrite or delete of items. Fails when it is DISABLED.',
    remediation: {
      text: 'Turn on point-in-time recovery for the table.',
      cli: 'aws dynamodb update-continuous-backups --table-name <table> --point-in-time-recovery-specification PointInTimeRecoveryEnabled=true',
    },
  },
  DYNAMODB_BACKUPS,
  tableArn,
  (b, r) =>
    b.pitr === 'ENABLED'
      ? pass(r, 'pitr-on', `${r.name} has point-in-time recovery${b.pitrRecoveryDays ? ` over ${b.pitrRecoveryDays} days` : ''}.`, {
          pitr: b.pitr,
        })
      : fail(r, 'pitr-off', `${r.name} has no point-in-time recovery.`, { pitr: b.pitr }),
);
