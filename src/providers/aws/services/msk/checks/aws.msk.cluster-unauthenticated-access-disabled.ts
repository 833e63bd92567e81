import { errorFinding, fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { MSK_CLUSTERS, provisionedMissing } from '../state.js';

export const mskClusterUnauthenticatedAccessDisabled = eachResource(
  {
    id: 'aws.msk.cluster-unauthenticated-access-disabled',
    title: 'MSK clusters require clients to authenticate',
    service: 'msk',
    resourceType: 'AWS::MSK::Cluster',
    severity: 'high',
    requires: [MSK_CLUSTERS],
    rationale:
      'With unauthenticated access on, any client that can reach a broker may produce and consume without proving who it is, and Kafka ' +
      'ACLs cannot tell clients apart. Security Hub control MSK.6 fails a provisioned cluster whose ' +
      'ClientAuthentication.Unauthenticated.Enabled is true. This check also fails a cluster with no authentication method on at all ' +
      '(no IAM, SASL/SCRAM or mutual TLS), since every client of such a cluster is unauthenticated. Passes when unauthenticated access is ' +
      'off and at least one method is on. Serverless clusters accept IAM-authenticated clients only: they pass.',
    remediation: {
      text: 'Turn on IAM, SASL/SCRAM or mutual TLS client authentication, move clients to it, then turn off unauthenticated access.',
      console: 'Amazon MSK → cluster → Properties → Security settings → Edit → Access control methods',
      cli: 'aws kafka update-security --cluster-arn <arn> --current-version <v> --client-authentication \'{"Sasl":{"Iam":{"Enabled":true}},"Unauthenticated":{"Enabled":false}}\'',
    },
  },
  MSK_CLUSTERS,
  (c, resource) => {
    const gap = provisionedMissing(c);
    if (gap) return errorFinding(resource, gap);
    if (!c.provisioned)
      return pass(resource, 'serverless-iam', `Serverless cluster ${c.name} accepts only IAM-authenticated clients.`, { type: c.type });
    const { unauthenticated, authMethods } = c.provisioned;
    const observed = { unauthenticated, authMethods };
    if (unauthenticated) return fail(resource, 'unauthenticated-on', `Cluster ${c.name} accepts unauthenticated clients.`, observed);
    if (authMethods.length === 0)
      return fail(resource, 'no-authentication', `Cluster ${c.name} has no client authentication method turned on.`, observed);
    return pass(resource, 'authenticated-only', `Cluster ${c.name} requires ${authMethods.join(' or ')} authentication.`, observed);
  },
);
