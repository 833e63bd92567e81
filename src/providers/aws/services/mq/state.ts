/** Amazon MQ inventory shapes and keys. No SDK imports: checks depend on this file. */
import { type FetchError, missingData } from '../../../../model/fetched.js';
import { inventoryKey, type PerResource } from '../../../../model/keys.js';
import type { Named } from '../each-resource.js';

/** `DescribeBroker`, reduced (users, configurations and endpoints are not kept). */
export interface MqBroker extends Named {
  /** `ACTIVEMQ` or `RABBITMQ`. */
  engineType: string;
  publiclyAccessible: boolean;
  autoMinorVersionUpgrade: boolean;
  /**
   * `Logs.Audit`: ActiveMQ audit logs go to CloudWatch Logs. RabbitMQ has no audit log. `null` when an ActiveMQ answer has no
   * `Logs` block at all (its `General` flag is required), which is missing data, not "off".
   */
  auditLog: boolean | null;
  /** `EncryptionOptions.UseAwsOwnedKey`; absent for RabbitMQ, whose brokers always use an AWS owned key. */
  useAwsOwnedKey?: boolean;
  /** `EncryptionOptions.KmsKeyId`, when the broker names one. */
  kmsKeyId?: string;
}

/** `ListBrokers`, then `DescribeBroker` per broker; keyed by broker ARN. */
export const MQ_BROKERS = inventoryKey<PerResource<MqBroker>>('aws.mq.brokers', 'regional');

/**
 * An engine Amazon MQ does not document (the collector stores ActiveMQ and RabbitMQ upper-cased):
 * neither judged nor called not applicable.
 */
export function unknownEngine(b: MqBroker): FetchError | undefined {
  return b.engineType === 'ACTIVEMQ' || b.engineType === 'RABBITMQ'
    ? undefined
    : missingData('mq:DescribeBroker', `broker ${b.name}: engine type "${b.engineType}" is not one Amazon MQ documents`);
}
