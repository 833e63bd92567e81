import type { Check } from '../model/check.js';
import { PROVIDERS } from '../providers/index.js';

const SERVICES = PROVIDERS.flatMap((p) => p.services);

/** Every check of every provider's services, sorted by id. Nothing registers itself by side effect. */
export const ALL_CHECKS: readonly Check[] = SERVICES.flatMap((s) => s.checks).sort((a, b) => a.meta.id.localeCompare(b.meta.id));

/** Every service's mapping links file, for the mapping loader. */
export const SERVICE_LINK_FILES: readonly URL[] = SERVICES.flatMap((s) => (s.links ? [s.links] : []));
