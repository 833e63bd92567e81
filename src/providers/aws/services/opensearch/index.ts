import type { AwsService } from '../../service.js';
import { openSearchDomainAuditLogsEnabled } from './checks/aws.opensearch.domain-audit-logs-enabled.js';
import { openSearchDomainAutoSoftwareUpdate } from './checks/aws.opensearch.domain-auto-software-update.js';
import { openSearchDomainEncryptedAtRest } from './checks/aws.opensearch.domain-encrypted-at-rest.js';
import { openSearchDomainErrorLogsEnabled } from './checks/aws.opensearch.domain-error-logs-enabled.js';
import { openSearchDomainFineGrainedAccessControl } from './checks/aws.opensearch.domain-fine-grained-access-control.js';
import { openSearchDomainHttpsTls12 } from './checks/aws.opensearch.domain-https-tls12.js';
import { openSearchDomainNodeToNodeEncryption } from './checks/aws.opensearch.domain-node-to-node-encryption.js';
import { openSearchDomainNotPublic } from './checks/aws.opensearch.domain-not-public.js';
import { openSearchDomainZoneAwareness } from './checks/aws.opensearch.domain-zone-awareness.js';
import { openSearchCollectors } from './collect.js';
import { openSearchDemo } from './demo.js';

export const opensearch: AwsService = {
  id: 'opensearch',
  collectors: openSearchCollectors,
  checks: [
    openSearchDomainAuditLogsEnabled,
    openSearchDomainAutoSoftwareUpdate,
    openSearchDomainEncryptedAtRest,
    openSearchDomainErrorLogsEnabled,
    openSearchDomainFineGrainedAccessControl,
    openSearchDomainHttpsTls12,
    openSearchDomainNodeToNodeEncryption,
    openSearchDomainNotPublic,
    openSearchDomainZoneAwareness,
  ],
  links: new URL('./links.yaml', import.meta.url),
  demo: openSearchDemo,
};
