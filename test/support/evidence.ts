/** A small evidence-item builder for gating and output tests. */
import type { EvidenceItem } from '../../src/model/evidence.js';
import type { ResourceRef } from '../../src/model/resource.js';

let seq = 0;

export function evidenceItem(
  over: Partial<Omit<EvidenceItem, 'resource'>> & { resource?: Partial<ResourceRef>; controls2022?: string[] } = {},
): EvidenceItem {
  const n = ++seq;
  const { resource, controls2022, ...rest } = over;
  return {
    id: n.toString(16).padStart(32, '0'),
    checkId: 'aws.s3.bucket-versioning-enabled',
    title: 'test',
    status: 'fail',
    severity: 'medium',
    controls: { 'iso27001:2022': controls2022 ?? ['A.8.13'] },
    messageId: 'test',
    message: `finding ${n}`,
    observed: {},
    sources: [],
    collectedAt: '2026-11-01T12:00:00.000Z',
    ...rest,
    resource: {
      provider: 'aws',
      account: '111122223333',
      region: 'eu-west-1',
      type: 's3.bucket',
      id: `bucket-${n}`,
      name: `bucket-${n}`,
      ...resource,
    },
  };
}
