import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { InputError } from '../errors.js';
import { readInputFile } from '../input-file.js';
import { describeIssue } from '../input-issue.js';
import { FRAMEWORK_KEYS, type FrameworkKey } from '../model/framework.js';
import { fromRoot, PACKAGE_ROOT } from '../paths.js';
import { deriveLinks } from './derive.js';
import type { Catalogue, Crosswalk, Link, MappingSet } from './types.js';

export { FRAMEWORK_KEYS, FRAMEWORK_LABELS, type FrameworkKey, isFrameworkKey } from '../model/framework.js';

const ControlSchema = z.object({ id: z.string().min(1), theme: z.string().optional(), title: z.string().min(1) }).strict();
const CatalogueSchema = z.object({ framework: z.enum(FRAMEWORK_KEYS), name: z.string(), controls: z.array(ControlSchema).min(1) }).strict();
const LinkFileSchema = z
  .object({
    framework: z.enum(FRAMEWORK_KEYS),
    links: z.array(
      z
        .object({
          check: z.string({ error: 'needs a check id' }).min(1, 'needs a check id'),
          controls: z
            .array(
              z
                .object({
                  id: z.string({ error: 'needs a control id' }).min(1, 'needs a control id'),
                  strength: z.enum(['direct', 'supporting'], { error: 'strength must be "direct" or "supporting"' }),
                  rationale: z
                    .string({ error: 'needs a rationale in our own words' })
                    .min(10, 'the rationale must be a sentence in our own words (10 characters or more)'),
                })
                .strict(),
            )
            .min(1),
        })
        .strict(),
    ),
  })
  .strict();
const CrosswalkSchema = z
  .object({
    from: z.enum(FRAMEWORK_KEYS),
    to: z.enum(FRAMEWORK_KEYS),
    map: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)),
    new: z.array(z.string().min(1)),
    // How derived links name their route, e.g. "the ISO/IEC 27002:2022 cross-reference"; default: the `to` key.
    via: z.string().min(1).optional(),
  })
  .strict();
const IndexSchema = z
  .object({
    version: z.string(),
    frameworks: z.array(
      z
        .object({
          key: z.enum(FRAMEWORK_KEYS),
          catalogue: z.string(),
          // Links of another framework, carried over through a crosswalk (see derive.ts).
          derive: z
            .object({ from: z.enum(FRAMEWORK_KEYS), crosswalk: z.string() })
            .strict()
            .optional(),
          links: z.array(z.string()),
        })
        .strict(),
    ),
  })
  .strict();

export type { Catalogue, Control, Crosswalk, Link, MappingSet, Strength } from './types.js';

/** A service's `links.yaml`: its checks' links, grouped by framework. */
const ServiceLinksSchema = z.object({ frameworks: z.partialRecord(z.enum(FRAMEWORK_KEYS), LinkFileSchema.shape.links) }).strict();

/**
 * The entry a schema issue is in, as a mapping author finds it: the framework key and the
 * `check`/`id` values on the way down (`iso27001:2022 › aws.rds.x › A.8.24`), then the field.
 */
function entryOf(raw: unknown, path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  let node: unknown = raw;
  for (const [i, key] of path.entries()) {
    if (node === null || typeof node !== 'object') break;
    if (typeof key === 'string' && path[i - 1] === 'frameworks') parts.push(key);
    node = (node as Record<PropertyKey, unknown>)[key];
    if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
      const named = (node as Record<string, unknown>).check ?? (node as Record<string, unknown>).id;
      if (typeof named === 'string' && named !== '') parts.push(named);
    }
  }
  const field = path.at(-1);
  if (typeof field === 'string' && !parts.includes(field)) parts.push(field);
  return parts.join(' › ') || '(root)';
}

/** Read a mapping file and schema-check it; a problem names the file and the entry it is in. */
function readMappingFile<S extends z.ZodType>(path: string, file: string, schema: S): z.infer<S> {
  const raw = readInputFile(path, file, 'yaml', z.unknown());
  const res = schema.safeParse(raw);
  if (!res.success) {
    const issue = res.error.issues[0]!;
    const at = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
    throw new InputError(file, `${entryOf(raw, at)}: ${describeIssue(issue).message}`);
  }
  return res.data;
}

function readYaml<S extends z.ZodType>(rel: string, schema: S, sources: Record<string, string>): z.infer<S> {
  const path = fromRoot('mappings', rel);
  sources[`mappings/${rel}`] = path;
  return readMappingFile(path, `mappings/${rel}`, schema);
}

/** A service's links file as messages and bundles name it: package-relative, the same from `src/` and `dist/src/`. */
export function linkFileName(url: URL): string {
  return relative(PACKAGE_ROOT, fileURLToPath(url))
    .replace(/^dist[\\/]/, '')
    .split(sep)
    .join('/');
}

/** One service's `links.yaml` as links; a schema problem names the file and the entry (`framework › check › control`). */
export function readServiceLinks(path: string, file: string): Link[] {
  const sf = readMappingFile(path, file, ServiceLinksSchema);
  const links: Link[] = [];
  for (const [framework, list] of Object.entries(sf.frameworks) as [FrameworkKey, z.infer<typeof LinkFileSchema>['links']][])
    for (const l of list ?? [])
      for (const c of l.controls)
        links.push({ check: l.check, framework, control: c.id, strength: c.strength, rationale: c.rationale, file });
  return links;
}

let cached: MappingSet | undefined;

/**
 * Load and schema-check the mapping set: the catalogues and link files of `mappings/index.yaml`
 * plus each service's own `links.yaml`. Semantic checks live in `validate.ts`.
 */
export function loadMappings(serviceLinks: readonly URL[] = []): MappingSet {
  if (cached) return cached;
  const sources: Record<string, string> = {};
  const index = readYaml('index.yaml', IndexSchema, sources);
  const catalogues: Catalogue[] = [];
  const links: Link[] = [];
  const crosswalks: Crosswalk[] = [];
  const derivations: { key: FrameworkKey; from: FrameworkKey; crosswalk: Crosswalk }[] = [];
  for (const fw of index.frameworks) {
    const cat = readYaml(fw.catalogue, CatalogueSchema, sources);
    catalogues.push({ ...cat, file: fw.catalogue });
    for (const file of fw.links) {
      const lf = readYaml(file, LinkFileSchema, sources);
      for (const l of lf.links)
        for (const c of l.controls)
          links.push({
            check: l.check,
            framework: lf.framework,
            control: c.id,
            strength: c.strength,
            rationale: c.rationale,
            file: `mappings/${file}`,
          });
    }
    if (fw.derive) {
      const crosswalk = { ...readYaml(fw.derive.crosswalk, CrosswalkSchema, sources), file: fw.derive.crosswalk };
      if (crosswalk.from !== fw.key || crosswalk.to !== fw.derive.from) {
        throw new InputError(
          `mappings/${fw.derive.crosswalk}`,
          `maps ${crosswalk.from} to ${crosswalk.to}, but ${fw.key} is derived from ${fw.derive.from}`,
        );
      }
      crosswalks.push(crosswalk);
      derivations.push({ key: fw.key, from: fw.derive.from, crosswalk });
    }
  }
  for (const url of serviceLinks) {
    const path = fileURLToPath(url);
    const file = linkFileName(url);
    sources[file] = path;
    links.push(...readServiceLinks(path, file));
  }
  // Derive after every file is read, so the order of the index does not matter.
  for (const d of derivations)
    links.push(
      ...deriveLinks(
        d.crosswalk,
        links,
        catalogues.find((c) => c.framework === d.from),
      ),
    );
  cached = { version: index.version, sources, catalogues, links, crosswalks };
  return cached;
}
