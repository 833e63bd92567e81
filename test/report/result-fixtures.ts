/** Small results built directly from items, for report tests; no CLI, so child processes can use them too. */
import { allMappings } from '../../src/engine/mappings.js';
import type { EvidenceItem } from '../../src/model/evidence.js';
import type { Items } from '../../src/model/items.js';
import { DEFAULT_PARAMS } from '../../src/model/params.js';
import { assembleResult, type ResultDocument } from '../../src/output/result.js';
import { asTest, type TestResult } from '../support/result.js';

export function item(over: Partial<EvidenceItem> & Pick<EvidenceItem, 'id' | 'status'>): EvidenceItem {
  return {
    checkId: 'aws.s3.bucket-versioning-enabled',
    title: 'S3 bucket versioning is enabled',
    severity: 'medium',
    resource: {
      provider: 'aws',
      account: '111122223333',
      region: 'eu-west-1',
      type: 'AWS::S3::Bucket',
      id: 'arn:aws:s3:::acme-logs',
      arn: 'arn:aws:s3:::acme-logs',
      name: 'acme-logs',
    },
    controls: { 'iso27001:2022': ['A.8.13'] },
    messageId: 'versioning-off',
    message: 'Bucket acme-logs has versioning off.',
    observed: { versioning: 'Suspended' },
    sources: [
      { key: 'aws.s3.bucketVersioning', scope: 'eu-west-1', apis: ['s3:GetBucketVersioning'], collectedAt: '2026-11-01T12:00:00.000Z' },
    ],
    collectedAt: '2026-11-01T12:00:00.000Z',
    ...over,
  };
}

/** A schema-valid result holding exactly these items (`checkIds` default to theirs). */
export function resultOf(items: EvidenceItem[]): TestResult;
/** The same over items read on demand, which cannot be indexed. */
export function resultOf(items: Items, checkIds: string[]): ResultDocument;
export function resultOf(items: EvidenceItem[] | Items, checkIds?: string[]): TestResult | ResultDocument {
  return asTest(
    assembleResult({
      accounts: [
        {
          provider: 'aws',
          account: '111122223333',
          partition: 'aws',
          homeRegion: 'eu-west-1',
          regions: ['eu-west-1'],
          startedAt: '2026-11-01T11:59:00.000Z',
          finishedAt: '2026-11-01T12:00:00.000Z',
          apiCalls: {},
          apiCallTotal: 0,
          notes: [],
          items: 0,
          errors: 0,
          complete: true,
        },
      ],
      items,
      mappings: allMappings(),
      checkIds: checkIds ?? [...new Set(Array.from(items, (i) => i.checkId))].sort(),
      params: DEFAULT_PARAMS,
      source: 'snapshot',
      evaluatedAt: '2026-11-01T12:05:00.000Z',
    }),
  );
}

export const NOW = '2026-11-02T08:00:00.000Z';
