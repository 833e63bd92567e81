import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { InputError } from '../errors.js';
import { readInputFile } from '../input-file.js';
import { FRAMEWORK_KEYS, type FrameworkKey } from '../model/framework.js';
import { fromRoot, PACKAGE_ROOT } from '../paths.js';
import { deriveLinks } from './derive.js';

export { FRAMEWORK_KEYS, FRAMEWORK_LABELS, type FrameworkKey, isFrameworkKey } from '../model/framework.js';

const ControlSchema = z.object({ id: z.string().min(1), theme: z.string().optional(), title: z.string().min(1) }).strict();
const CatalogueSchema = z.object({ framework: z.enum(FRAMEWORK_KEYS), name: z.string(), controls: z.array(ControlSchema).min(1) }).strict();
const LinkFileSchema = z
  .object({
    framework: z.enum(FRAMEWORK_KEYS),
    links: z.array(
      z
        .object({
          check: z.string().min(1),
          controls: z
            .array(
              z
                .object({
                  id: z.string().min(1),
                  strength: z.enum(['direct', 'supporting']),
                  rationale: z.string().min(10),
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

export type Control = z.infer<typeof ControlSchema>;
export type Strength = 'direct' | 'supporting';

export interface Link {
  check: string;
  framework: FrameworkKey;
  control: string;
  strength: Strength;
  rationale: string;
  /** File the link came from, relative to the package root (`mappings/…` or a service's `links.yaml`), for messages. */
  file: string;
  /** For a link derived through a crosswalk: the control of the source framework it came through. */
  via?: { framework: FrameworkKey; control: string };
}

/** Control correspondence between an older and a newer edition: every `from` id lists its `to` ids. */
export interface Crosswalk {
  from: FrameworkKey;
  to: FrameworkKey;
  map: Record<string, string[]>;
  /** `to` controls with no predecessor. */
  new: string[];
  /** How derived links name their route; the `to` key when absent. */
  via?: string;
  file: string;
}

export interface Catalogue {
  framework: FrameworkKey;
  name: string;
  controls: Control[];
  file: string;
}

export interface MappingSet {
  version: string;
  /** Every file the set was read from: package-relative name → absolute path (evidence bundles hash them). */
  sources: Record<string, string>;
  catalogues: Catalogue[];
  links: Link[];
  crosswalks: Crosswalk[];
}

/** A service's `links.yaml`: its checks' links, grouped by framework. */
const ServiceLinksSchema = z.object({ frameworks: z.partialRecord(z.enum(FRAMEWORK_KEYS), LinkFileSchema.shape.links) }).strict();

function readYaml<S extends z.ZodType>(rel: string, schema: S, sources: Record<string, string>): z.infer<S> {
  const path = fromRoot('mappings', rel);
  sources[`mappings/${rel}`] = path;
  return readInputFile(path, `mappings/${rel}`, 'yaml', schema);
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
    const file = relative(PACKAGE_ROOT, path)
      .replace(/^dist[\\/]/, '')
      .split(sep)
      .join('/');
    sources[file] = path;
    const sf = readInputFile(path, file, 'yaml', ServiceLinksSchema);
    for (const [framework, list] of Object.entries(sf.frameworks) as [FrameworkKey, z.infer<typeof LinkFileSchema>['links']][])
      for (const l of list ?? [])
        for (const c of l.controls)
          links.push({ check: l.check, framework, control: c.id, strength: c.strength, rationale: c.rationale, file });
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
