/** Builders for the Amazon MQ case tables. */
import { type CheckCase, denied, ok, snapshot, throttled } from '../../../../../../test/support/snapshot.js';
import { ACCT, R } from '../../cases.fixtures.js';
import { MQ_BROKERS, type MqBroker } from '../state.js';

export const ARN = `arn:aws:mq:${R}:${ACCT}:broker:orders:b-0000-1111`;

export const broker = (over: Partial<MqBroker> = {}): MqBroker => ({
  arn: ARN,
  name: 'orders',
  engineType: 'ACTIVEMQ',
  publiclyAccessible: false,
  autoMinorVersionUpgrade: true,
  auditLog: true,
  useAwsOwnedKey: false,
  kmsKeyId: `arn:aws:kms:${R}:${ACCT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
  ...over,
});

/** A RabbitMQ broker: no audit log, no encryption options. */
export const rabbit = (over: Partial<MqBroker> = {}): MqBroker => {
  const { useAwsOwnedKey: _u, kmsKeyId: _k, ...rest } = broker({ engineType: 'RABBITMQ', auditLog: false, ...over });
  return rest;
};

/** A snapshot whose one broker was described with these settings. */
export const described = (b: MqBroker) => snapshot().regional(MQ_BROKERS, R, { [b.arn]: ok(b) });

/** Every broker check's error cases: the listing denied, or one broker's describe call denied. */
export const errorCases = (): CheckCase[] => [
  { name: 'no brokers, no findings', snapshot: snapshot().regional(MQ_BROKERS, R, {}), expected: [] },
  {
    name: 'a throttled listing is an error',
    snapshot: snapshot().regional(MQ_BROKERS, R, throttled('mq:ListBrokers')),
    expected: [['error', 'error.throttled']],
  },
  {
    name: 'a denied describe call is an error for that broker',
    snapshot: snapshot().regional(MQ_BROKERS, R, { [ARN]: denied('mq:DescribeBroker') }),
    expected: [['error', 'error.denied']],
  },
];
