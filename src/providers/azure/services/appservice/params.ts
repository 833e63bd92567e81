/** App Service parameters: the oldest language versions still accepted as supported. */
import { z } from 'zod';

export const APPSERVICE_PARAMS = z
  .object({
    minimumRuntimeVersions: z
      .record(z.string(), z.string())
      .default({ python: '3.10', node: '22', php: '8.3', java: '11', dotnetcore: '9.0', dotnet: '9.0' })
      .describe(
        'Per language stack (lower case, as in linuxFxVersion: python, node, php, java, dotnetcore, dotnet), the oldest version still in support. Defaults follow the language vendors\u2019 end-of-support dates as of December 2026; raise them as versions retire.',
      ),
  })
  .strict();
