import type { z } from 'zod';
import type { Collector } from '../inventory/collector.js';
import type { Check } from '../model/check.js';

/**
 * One cloud service as a plug-in: what it collects, what it checks, and where its ISO/IEC
 * mapping links live. A provider's service list is the only place a service is registered.
 */
export interface ServiceModule<C = Collector<unknown, never>, D = unknown> {
  /** Short service id, the middle part of its check ids and inventory keys (`s3`, `keyvault`). */
  id: string;
  collectors: readonly C[];
  checks: readonly Check[];
  /**
   * The service's `links.yaml` (absolute `file:` URL, usually `new URL('./links.yaml', import.meta.url)`),
   * holding its checks' links for every framework. The build copies it beside the compiled code.
   */
  links?: URL;
  /**
   * The service's tunable parameters (its `params.ts`): a zod object whose every field has a
   * `.default()` and a `.describe()`. Users set them in `annexa.yaml` under
   * `params: { "<provider>.<service>": { … } }`; checks read them with `paramsOf`.
   */
  params?: z.ZodObject;
  /**
   * Answers of the demo estate for this service's APIs (AWS: fake handlers by client id;
   * Azure: replay routes), merged into the demo snapshot by `demo/build.ts`. Each service's
   * demo shows at least one passing and one failing resource.
   */
  demo?: D;
}
