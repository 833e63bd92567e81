import { paramsOf } from '../../../../check-kit.js';
import { bad, childCheck, ok, skip } from '../../../service-kit/check.js';
import { APPSERVICE_PARAMS } from '../params.js';
import { AZURE_WEB_APPS, AZURE_WEB_CONFIG, SITE, type SiteConfig } from '../state.js';

/** `[stack, version]` from the site config, or null when no language version is recorded there. */
export function runtimeOf(c: SiteConfig['properties']): [string, string] | null {
  const fx = c.linuxFxVersion?.trim();
  if (fx) {
    const [stack, version] = fx.split('|');
    return stack && version ? [stack.toLowerCase(), version] : null;
  }
  if (c.javaVersion) return ['java', c.javaVersion];
  if (c.pythonVersion) return ['python', c.pythonVersion];
  if (c.phpVersion && c.phpVersion.toLowerCase() !== 'off') return ['php', c.phpVersion];
  // `v4.0` is .NET Framework 4.x, serviced with Windows; `v5.0` and later are .NET.
  const net = /^v(\d+)\.(\d+)$/.exec(c.netFrameworkVersion ?? '');
  if (net && Number(net[1]) >= 5) return ['dotnet', `${net[1]}.${net[2]}`];
  return null;
}

/** Numeric parts of `20-lts`, `3.12`, `17-java17`, compared part by part. */
function older(version: string, minimum: string): boolean {
  const parts = (v: string) => (v.match(/^\d+(\.\d+)*/)?.[0] ?? '').split('.').map(Number);
  const a = parts(version);
  const b = parts(minimum);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return false;
}

export const appServiceRuntimeSupported = childCheck(
  {
    id: 'azure.appservice.runtime-supported',
    title: 'App Service apps run a supported language version',
    service: 'appservice',
    resourceType: SITE,
    severity: 'medium',
    rationale:
      'One result per web or function app. The stack and version come from `linuxFxVersion` (Linux, e.g. `PYTHON|3.12`) or the Windows version fields (`javaVersion`, `pythonVersion`, `phpVersion`, `netFrameworkVersion` v5 and later). ' +
      'Passes when the version is at least the minimum for its stack in the `azure.appservice` parameter `minimumRuntimeVersions`; fails when older, as the language no longer receives security fixes. ' +
      'Not applicable for custom containers, stacks without a configured minimum, and apps whose version is not in the site config (function apps keep it in app settings, which this scan does not read because they hold secrets).',
    remediation: {
      text: 'Move the app to a supported runtime version and redeploy after testing.',
      cli: 'az webapp config set --resource-group <group> --name <app> --linux-fx-version "PYTHON|3.12"',
    },
  },
  AZURE_WEB_APPS,
  AZURE_WEB_CONFIG,
  (s, c, ctx) => {
    const runtime = runtimeOf(c.properties);
    if (!runtime) return skip('no-runtime', `App ${s.name} records no language version in its site config.`);
    const [stack, version] = runtime;
    const minimum = paramsOf(ctx, 'azure.appservice', APPSERVICE_PARAMS).minimumRuntimeVersions[stack];
    const observed = { stack, version, minimum: minimum ?? null };
    if (!minimum)
      return skip('stack-not-assessed', `App ${s.name} runs ${stack} ${version}, a stack with no configured minimum.`, observed);
    return older(version, minimum)
      ? bad('runtime-outdated', `App ${s.name} runs ${stack} ${version}, older than the supported minimum ${minimum}.`, observed)
      : ok('runtime-supported', `App ${s.name} runs ${stack} ${version}.`, observed);
  },
);
