import type { Finding } from '../../../../../model/check.js';
import type { ResourceRef } from '../../../../../model/resource.js';
import { notApplicable } from '../../../../check-kit.js';
import type { RdsInstance } from '../state.js';

/**
 * Aurora and Multi-AZ DB cluster members take backups, deletion protection, IAM authentication,
 * log exports, tag copying and Multi-AZ from their cluster, so the cluster check judges them.
 */
export function clusterOwned(i: RdsInstance, resource: ResourceRef, what: string): Finding | undefined {
  if (!i.clusterId) return undefined;
  return notApplicable(resource, 'cluster-member', `${i.name} is a member of cluster ${i.clusterId}, which sets its ${what}.`, {
    clusterId: i.clusterId,
  });
}

/** Engines where RDS offers IAM database authentication (RDS User Guide, "IAM database authentication"). */
const IAM_AUTH_ENGINES = new Set(['mysql', 'mariadb', 'postgres', 'aurora', 'aurora-mysql', 'aurora-postgresql', 'neptune']);

export function iamAuthSupported(engine: string): boolean {
  return IAM_AUTH_ENGINES.has(engine);
}
