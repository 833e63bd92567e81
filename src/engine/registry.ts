import type { Check } from '../model/check.js';
import { AWS_SERVICES } from '../providers/aws/services/index.js';
import { AZURE_SERVICES } from '../providers/azure/services/index.js';

/** Every check of every provider's services, sorted by id. Nothing registers itself by side effect. */
export const ALL_CHECKS: readonly Check[] = [...AWS_SERVICES, ...AZURE_SERVICES]
  .flatMap((s) => s.checks)
  .sort((a, b) => a.meta.id.localeCompare(b.meta.id));

/** Every service's mapping links file, for the mapping loader. */
export const SERVICE_LINK_FILES: readonly URL[] = [...AWS_SERVICES, ...AZURE_SERVICES].flatMap((s) => (s.links ? [s.links] : []));
