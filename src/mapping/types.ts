/** The mapping set's shapes: catalogues, links and crosswalks, as `load.ts` reads and `derive.ts` extends them. */
import type { FrameworkKey } from '../model/framework.js';

/** A control of a catalogue: its id and short title (never the standard's text). */
export interface Control {
  id: string;
  theme?: string | undefined;
  title: string;
}
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
