import { createHash } from 'node:crypto';
import type { ResourceRef } from '../model/resource.js';
import { type IacMap, iacTarget } from './sarif-iac-map.js';
import type { SarifLocation } from './sarif-types.js';

/** Segments longer than this are cut and given a hash suffix, so paths stay readable and unique. */
const MAX_SEGMENT = 100;

/**
 * One path segment in a safe charset. Everything outside [A-Za-z0-9._-] is percent-encoded
 * as UTF-8, so colons (which would read as a URI scheme), slashes inside names and spaces
 * never reach GitHub raw. A segment of only dots would be read as "." or "..", so dots are
 * encoded there too.
 */
export function uriSegment(value: string): string {
  let out = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9._-]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  if (out === '') return '_';
  if (/^\.+$/.test(out)) out = out.replace(/\./g, '%2E');
  if (out.length > MAX_SEGMENT) {
    const hash = createHash('sha256').update(value).digest('hex').slice(0, 12);
    // Never cut through a %XX escape.
    out = `${out.slice(0, MAX_SEGMENT - 13).replace(/%[0-9A-F]?$/, '')}-${hash}`;
  }
  return out;
}

/** `AWS::S3::Bucket` → `bucket`; `Microsoft.Storage/storageAccounts` → `storage-accounts`. */
export function resourceTypeSegment(type: string): string {
  const last = type.split(/::|\//).filter(Boolean).at(-1) ?? type;
  return last
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

/**
 * The synthetic, repository-relative path for a cloud resource:
 * `cloud/<provider>/<account>/<region>/<service>/<resource-type>/<resource-name>`.
 * A raw ARN is not a valid relative URI for GitHub, so the real id goes in logicalLocations.
 */
export function syntheticUri(r: ResourceRef, service: string): string {
  return ['cloud', r.provider, r.account, r.region, service, resourceTypeSegment(r.type), r.name].map(uriSegment).join('/');
}

/** A repository path from the IaC map, encoded segment by segment. */
function repoUri(path: string): string {
  return path.split('/').filter(Boolean).map(uriSegment).join('/');
}

export function resultLocation(r: ResourceRef, service: string, iacMap?: IacMap): SarifLocation {
  const iac = iacTarget(iacMap, r);
  return {
    physicalLocation: {
      artifactLocation: { uri: iac ? repoUri(iac.path) : syntheticUri(r, service) },
      region: { startLine: iac?.line ?? 1 },
    },
    logicalLocations: [{ name: r.name, fullyQualifiedName: r.arn ?? r.id, kind: 'resource' }],
  };
}
