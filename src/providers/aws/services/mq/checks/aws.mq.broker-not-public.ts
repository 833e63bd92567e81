import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { eachDescribed } from '../../resource-kit.js';
import { MQ_BROKERS } from '../state.js';

const TYPE = 'AWS::AmazonMQ::Broker';

export const mqBrokerNotPublic: Check = {
  meta: {
    id: 'aws.mq.broker-not-public',
    title: 'Amazon MQ brokers are not publicly accessible',
    provider: 'aws',
    service: 'mq',
    resourceType: TYPE,
    severity: 'high',
    requires: [MQ_BROKERS],
    rationale:
      'A publicly accessible broker gets an endpoint that resolves to a public address, so anyone on the internet can try its ' +
      'console and messaging ports; a private broker is reachable only from its VPC. AWS Config rule mq-no-public-access fails a ' +
      'broker whose PubliclyAccessible is true; so does this check. Passes ' +
      'when it is false. The setting is fixed at creation: fixing a failure means a new broker.',
    remediation: {
      text: 'Create a private broker in the VPC, move clients to it, and delete the public one.',
      console: 'Amazon MQ → Brokers → Create broker → Network and security → Private access',
    },
  },
  evaluate(ctx) {
    return eachDescribed(
      ctx,
      MQ_BROKERS,
      TYPE,
      (arn) => arn,
      (b, resource) => {
        const observed = { publiclyAccessible: b.publiclyAccessible, engineType: b.engineType };
        return b.publiclyAccessible
          ? fail(resource, 'public', `Broker ${b.name} is reachable from the internet.`, observed)
          : pass(resource, 'private', `Broker ${b.name} is reachable only from its VPC.`, observed);
      },
    );
  },
};
