import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import type { ResourceRef } from '../../src/model/resource.js';
import { iacTarget, loadIacMap } from '../../src/output/sarif-iac-map.js';
import { resourceTypeSegment, resultLocation, syntheticUri, uriSegment } from '../../src/output/sarif-location.js';
import type { SarifLog } from '../../src/output/sarif-types.js';
import { cli, readJson } from '../support/cli.js';
import { DEMO_FILE } from './sarif-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'annexa-iac-'));
const runs: string[] = [];
afterAll(() => {
  for (const d of [dir, ...runs]) rmSync(d, { recursive: true, force: true });
});

function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

const bucket: ResourceRef = {
  provider: 'aws',
  account: '123456789012',
  region: 'eu-west-1',
  type: 'AWS::S3::Bucket',
  id: 'arn:aws:s3:::acme-logs',
  arn: 'arn:aws:s3:::acme-logs',
  name: 'acme-logs',
};

describe('synthetic SARIF locations', () => {
  it('build cloud/<provider>/<account>/<region>/<service>/<type>/<name>', () => {
    expect(syntheticUri(bucket, 's3')).toBe('cloud/aws/123456789012/eu-west-1/s3/bucket/acme-logs');
    expect(syntheticUri({ ...bucket, type: 'AWS::::Account', region: 'global', name: '123456789012' }, 'iam')).toBe(
      'cloud/aws/123456789012/global/iam/account/123456789012',
    );
  });

  it('name resource types in kebab case whatever the provider writes', () => {
    expect(resourceTypeSegment('AWS::EC2::SecurityGroup')).toBe('security-group');
    expect(resourceTypeSegment('AWS::KMS::Key')).toBe('key');
    expect(resourceTypeSegment('Microsoft.Storage/storageAccounts')).toBe('storage-accounts');
    expect(resourceTypeSegment('AWS::EC2::VPC')).toBe('vpc');
  });

  it('percent-encode anything outside a safe charset, so no colon, slash or space survives', () => {
    expect(uriSegment('arn:aws:iam::1:role/x y')).toBe('arn%3Aaws%3Aiam%3A%3A1%3Arole%2Fx%20y');
    expect(uriSegment('/aws/lambda/fn')).toBe('%2Faws%2Flambda%2Ffn');
    expect(uriSegment('café')).toBe('caf%C3%A9');
    expect(uriSegment('..')).toBe('%2E%2E');
    expect(uriSegment('')).toBe('_');
    expect(decodeURIComponent(uriSegment('a:b/c d?e#f%g'))).toBe('a:b/c d?e#f%g');
    const uri = syntheticUri({ ...bucket, name: 'C:\\temp\\x:y', region: 'global' }, 's3');
    expect(uri).not.toMatch(/[:\\ ]/);
    expect(uri.split('/')).toHaveLength(7);
  });

  it('cut very long names to a bounded, unique segment', () => {
    const a = uriSegment('x'.repeat(300));
    const b = uriSegment(`${'x'.repeat(299)}y`);
    expect(a.length).toBeLessThanOrEqual(100);
    expect(a).not.toBe(b);
    expect(uriSegment(`${'x'.repeat(80)}${':'.repeat(40)}`)).toMatch(/^[A-Za-z0-9._%-]+$/);
  });

  it('carry the real ARN in logicalLocations', () => {
    expect(resultLocation(bucket, 's3').logicalLocations).toEqual([
      { name: 'acme-logs', fullyQualifiedName: 'arn:aws:s3:::acme-logs', kind: 'resource' },
    ]);
    const noArn = {
      ...bucket,
      arn: undefined,
      id: '/subscriptions/x/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st',
    } as ResourceRef;
    expect(resultLocation(noArn, 'storage').logicalLocations[0]!.fullyQualifiedName).toBe(noArn.id);
  });
});

describe('IaC mapping file', () => {
  it('points matching resources at the declaring file and line', () => {
    const map = loadIacMap(
      file(
        'iac.yaml',
        [
          'resources:',
          '  - resource: "arn:aws:s3:::acme-*"',
          '    path: infra/storage buckets.tf',
          '    line: 12',
          '  - resource: web-*',
          '    path: ./infra/web.tf',
        ].join('\n'),
      ),
      'iac.yaml',
    );
    expect(iacTarget(map, bucket)).toEqual({ path: 'infra/storage buckets.tf', line: 12 });
    expect(iacTarget(map, { ...bucket, arn: undefined, id: 'x', name: 'web-1' })).toEqual({ path: 'infra/web.tf', line: 1 });
    expect(iacTarget(map, { ...bucket, arn: undefined, id: 'y', name: 'db-1' })).toBeUndefined();
    const loc = resultLocation(bucket, 's3', map);
    expect(loc.physicalLocation).toEqual({ artifactLocation: { uri: 'infra/storage%20buckets.tf' }, region: { startLine: 12 } });
    expect(loc.logicalLocations[0]!.fullyQualifiedName).toBe(bucket.arn);
  });

  it.each([
    ['not yaml', 'resources: [', /^bad\.yaml: not valid YAML/],
    ['a missing path', 'resources:\n  - resource: "*"\n', /bad\.yaml: resources\.0\.path: /],
    [
      'a URI instead of a path',
      'resources:\n  - resource: "*"\n    path: "https://example.com/x.tf"\n',
      /bad\.yaml: resources\.0\.path: must not contain ":"/,
    ],
    ['an absolute path', 'resources:\n  - resource: "*"\n    path: /etc/x.tf\n', /bad\.yaml: resources\.0\.path: must be relative/],
    ['a path climbing out', 'resources:\n  - resource: "*"\n    path: ../x.tf\n', /bad\.yaml: resources\.0\.path: must not contain "\.\."/],
    ['a zero line', 'resources:\n  - resource: "*"\n    path: x.tf\n    line: 0\n', /bad\.yaml: resources\.0\.line: /],
    [
      'an unknown field',
      'resources:\n  - resource: "*"\n    path: x.tf\n    file: y\n',
      /bad\.yaml: resources\.0\.file: is not a field here/,
    ],
  ])('rejects %s as an input error naming file and field', (_, text, message) => {
    const p = file('bad.yaml', text);
    expect(() => loadIacMap(p, 'bad.yaml')).toThrow(InputError);
    expect(() => loadIacMap(p, 'bad.yaml')).toThrow(message);
  });

  it('is used by `scan --iac-map`, and a bad one exits 2 before anything is written', async () => {
    const good = file('map.yaml', 'resources:\n  - resource: "*"\n    path: infra/main.tf\n    line: 3\n');
    const ok = await cli([
      'scan',
      '--snapshot',
      DEMO_FILE,
      '--format',
      'sarif',
      '--fail-on',
      'none',
      '--allow-incomplete',
      '-q',
      '--iac-map',
      good,
    ]);
    runs.push(ok.cwd);
    expect(ok.code, ok.stderr).toBe(0);
    const log = readJson(join(ok.cwd, 'annexa-out', 'annexa-result.sarif')) as SarifLog;
    const locs = log.runs.flatMap((r) => r.results.map((x) => x.locations[0].physicalLocation));
    expect(locs.length).toBeGreaterThan(0);
    expect(locs.every((l) => l.artifactLocation.uri === 'infra/main.tf' && l.region.startLine === 3)).toBe(true);

    const bad = await cli(['scan', '--snapshot', DEMO_FILE, '--format', 'sarif', '--iac-map', 'missing.yaml']);
    runs.push(bad.cwd);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe('annexa: missing.yaml: file not found');
    expect(existsSync(join(bad.cwd, 'annexa-out'))).toBe(false);
  });
});
