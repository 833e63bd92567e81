import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { eachDescribed } from '../../resource-kit.js';
import { EKS_CLUSTERS, eksClusterArn } from '../state.js';

const TYPE = 'AWS::EKS::Cluster';

export const eksClusterSecretsEncrypted: Check = {
  meta: {
    id: 'aws.eks.cluster-secrets-encrypted',
    title: 'EKS clusters envelope-encrypt Kubernetes secrets with a KMS key',
    provider: 'aws',
    service: 'eks',
    resourceType: TYPE,
    severity: 'medium',
    requires: [EKS_CLUSTERS],
    rationale:
      'With an encryption configuration for the secrets resource, EKS envelope-encrypts Kubernetes secrets in etcd under a KMS key ' +
      "the customer owns, so reading them needs that key's permission and each use is logged. Newer clusters get default envelope " +
      'encryption under an AWS-owned key, which the customer cannot restrict or audit. Passes when a KMS key is configured for secrets; fails otherwise.',
    remediation: {
      text: 'Associate a customer-managed KMS key with the cluster for secrets encryption (this cannot be undone).',
      console: 'EKS → cluster → Overview → Secrets encryption → Enable',
      cli: 'aws eks associate-encryption-config --cluster-name <name> --encryption-config \'[{"resources":["secrets"],"provider":{"keyArn":"<key-arn>"}}]\'',
    },
  },
  evaluate(ctx) {
    const arn = (id: string, region: string) => eksClusterArn(ctx.snapshot.partition, region, ctx.snapshot.account, id);
    return eachDescribed(ctx, EKS_CLUSTERS, TYPE, arn, (c, resource) =>
      c.secretsKeyArn
        ? pass(resource, 'secrets-kms', `Cluster ${c.name} encrypts secrets with ${c.secretsKeyArn}.`, { keyArn: c.secretsKeyArn })
        : fail(resource, 'secrets-no-kms', `Cluster ${c.name} has no KMS key for secrets encryption.`, { keyArn: null }),
    );
  },
};
