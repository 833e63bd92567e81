import { z } from 'zod';
import { readInputFile } from '../input-file.js';
import { globMatch } from '../model/glob.js';
import type { ResourceRef } from '../model/resource.js';

/**
 * `--iac-map FILE`: points cloud resources at the repository file that declares them, so a
 * SARIF alert opens on the Terraform or CloudFormation line rather than a synthetic path.
 *
 * ```yaml
 * resources:
 *   - resource: "arn:aws:s3:::acme-*"   # glob over the ARN (or ARM id), canonical id or name
 *     path: infra/storage.tf
 *     line: 12                           # optional; 1 when left out
 * ```
 */
export interface IacTarget {
  path: string;
  line: number;
}

export interface IacMap {
  file: string;
  entries: readonly { resource: string; path: string; line: number }[];
}

// A repository-relative path GitHub can resolve: no scheme, no leading slash, no climbing out.
const RepoPath = z
  .string()
  .min(1)
  .refine((p) => !p.includes(':'), 'must not contain ":" (a repository-relative path, not a URI or drive letter)')
  .refine((p) => !p.startsWith('/') && !p.startsWith('\\'), 'must be relative to the repository root')
  .refine((p) => !p.split(/[\\/]/).includes('..'), 'must not contain ".." segments');

const IacMapSchema = z
  .object({
    resources: z.array(
      z
        .object({
          resource: z.string().min(1),
          path: RepoPath,
          line: z.number().int().positive().optional(),
        })
        .strict(),
    ),
  })
  .strict();

/** Read and validate an IaC map; any problem is an InputError naming the file and field. */
export function loadIacMap(file: string, label: string = file): IacMap {
  const data = readInputFile(file, label, 'yaml', IacMapSchema);
  return {
    file: label,
    entries: data.resources.map((r) => ({
      resource: r.resource,
      path: r.path.replace(/\\/g, '/').replace(/^\.\//, ''),
      line: r.line ?? 1,
    })),
  };
}

/** The first entry whose pattern matches the resource's ARN, canonical id or name. */
export function iacTarget(map: IacMap | undefined, r: ResourceRef): IacTarget | undefined {
  const names = [r.arn, r.id, r.name].filter((x): x is string => Boolean(x));
  const hit = map?.entries.find((e) => names.some((n) => globMatch(e.resource, n)));
  return hit && { path: hit.path, line: hit.line };
}
