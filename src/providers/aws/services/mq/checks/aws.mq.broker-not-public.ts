import { fail, pass } from '../../../../check-kit.js';
import { eachEntry } from '../../each-resource.js';
import { MQ_BROKERS } from '../state.js';

export const mqBrokerNotPublic = eachEntry(
  {
    id: 'aws.mq.broker-not-public',
    title: 'Amazon MQ brokers are not publicly accessible',
    service: 'mq',
    resourceType: 'AWS::AmazonMQ::Broker',
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
  MQ_BROKERS,
  (_ctx, _region, arn) => arn,
  (b, resource) => {
    const observed = { publiclyAccessible: b.publiclyAccessible, engineType: b.engineType };
    return b.publiclyAccessible
      ? fail(resource, 'public', `Broker ${b.name} is reachable from the internet.`, observed)
      : pass(resource, 'private', `Broker ${b.name} is reachable only from its VPC.`, observed);
  },
);
