import { fail, pass } from '../../../../check-kit.js';
import { arnIn, eachEntry } from '../../each-resource.js';
import { EVENTBRIDGE_BUS_KEYS } from '../state.js';

export const eventBridgeBusCmkEncrypted = eachEntry(
  {
    id: 'aws.eventbridge.bus-cmk-encrypted',
    title: 'EventBridge custom event buses are encrypted with a customer managed KMS key',
    service: 'eventbridge',
    resourceType: 'AWS::Events::EventBus',
    severity: 'low',
    requires: [EVENTBRIDGE_BUS_KEYS],
    rationale:
      'EventBridge always encrypts what a bus stores (event payloads and metadata, rule patterns, target settings), by default with a key AWS ' +
      "owns, whose use the account can neither see in CloudTrail nor restrict. A customer managed KMS key named in the bus's KmsKeyIdentifier " +
      '(DescribeEventBus) lets the key policy govern who may decrypt, and disabling the key cuts access. Passes when a custom bus names such a key; ' +
      'fails when it uses the AWS owned key. The default and partner buses are not judged. Low severity: the data is encrypted either way.',
    remediation: {
      text: 'Choose a customer managed KMS key for the bus, and give EventBridge use of it in the key policy.',
      console: 'EventBridge → Event buses → bus → Encryption → Edit',
      cli: 'aws events update-event-bus --name <name> --kms-key-identifier <key-arn>',
    },
  },
  EVENTBRIDGE_BUS_KEYS,
  (ctx, region, name) => arnIn(ctx, 'events', region, `event-bus/${name}`),
  (key, resource) =>
    key
      ? pass(resource, 'cmk', `Event bus ${resource.name} is encrypted with customer managed key ${key}.`, { kmsKeyIdentifier: key })
      : fail(resource, 'aws-owned-key', `Event bus ${resource.name} is encrypted with an AWS owned key, not a customer managed key.`, {
          kmsKeyIdentifier: null,
        }),
);
