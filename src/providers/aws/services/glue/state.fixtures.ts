/** Builders for the Glue case tables. */
import { ok, type SnapshotBuilder, snapshot } from '../../../../../test/support/snapshot.js';
import {
  GLUE_CATALOG_ENCRYPTION,
  GLUE_JOBS,
  GLUE_SECURITY_CONFIGURATIONS,
  type GlueCatalogEncryption,
  type GlueSecurityConfiguration,
} from './state.js';

export const R = 'us-east-1';

export function catalog(extra: Partial<GlueCatalogEncryption> = {}): SnapshotBuilder {
  return snapshot().regional(
    GLUE_CATALOG_ENCRYPTION,
    R,
    ok({ catalogMode: 'SSE-KMS', catalogKmsKey: 'alias/glue', passwordsEncrypted: true, passwordKmsKey: 'alias/glue', ...extra }),
  );
}

export const FULL: GlueSecurityConfiguration = { s3: 'SSE-KMS', cloudWatch: 'SSE-KMS', bookmarks: 'CSE-KMS' };

/** One job `etl` naming `securityConfiguration`, beside the given configurations. */
export function job(
  securityConfiguration: string | null,
  configs: Record<string, GlueSecurityConfiguration> = { secure: FULL },
): SnapshotBuilder {
  return snapshot()
    .regional(GLUE_JOBS, R, ok([{ arn: 'arn:aws:glue:us-east-1:111122223333:job/etl', name: 'etl', securityConfiguration }]))
    .regional(GLUE_SECURITY_CONFIGURATIONS, R, ok(configs));
}
