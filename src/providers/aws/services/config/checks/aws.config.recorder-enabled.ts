import type { Check, CheckContext, Finding } from '../../../../../model/check.js';
import { type FetchError, missingData } from '../../../../../model/fetched.js';
import { accountResource, errorFinding, fail, pass, readFetched, readRegional } from '../../../../check-kit.js';
import { CONFIG_RECORDERS, type ConfigRecorders } from '../state.js';

const TYPE = 'AWS::Config::ConfigurationRecorder';
const STATUS_API = 'config:DescribeConfigurationRecorderStatus';

/** What the region's customer-managed recorder does, or why it could not be judged. */
type Verdict =
  | { kind: 'error'; error: FetchError }
  | { kind: 'none' }
  | { kind: 'judged'; name: string; problems: string[]; includeGlobalResourceTypes: boolean; observed: Record<string, unknown> };

function judge(v: ConfigRecorders): Verdict {
  // Service-linked recorders record only what their owning service needs, so they never satisfy this.
  const rec = v.recorders.find((r) => !r.servicePrincipal);
  if (!rec) return { kind: 'none' };
  const status = v.statuses.find((s) => s.name === rec.name);
  if (!status) {
    return {
      kind: 'error',
      error: missingData(STATUS_API, `no status returned for recorder ${rec.name}`),
    };
  }
  const problems: string[] = [];
  if (!status.recording) problems.push('not-recording');
  if (v.deliveryChannels.length === 0) problems.push('no-delivery-channel');
  if (!rec.allSupported) problems.push('partial-recording');
  return {
    kind: 'judged',
    name: rec.name,
    problems,
    includeGlobalResourceTypes: rec.includeGlobalResourceTypes,
    observed: {
      recorder: rec.name,
      recording: status.recording,
      allSupported: rec.allSupported,
      ...(rec.recordingStrategy ? { recordingStrategy: rec.recordingStrategy } : {}),
      includeGlobalResourceTypes: rec.includeGlobalResourceTypes,
      deliveryChannels: v.deliveryChannels.length,
    },
  };
}

const WORDS: Record<string, string> = {
  'not-recording': 'is stopped',
  'no-delivery-channel': 'has no delivery channel',
  'partial-recording': 'does not record all supported resource types',
};

function regional(ctx: CheckContext, v: ConfigRecorders, region: string): Finding {
  const resource = accountResource(ctx, TYPE, region);
  const verdict = judge(v);
  if (verdict.kind === 'error') return errorFinding(resource, verdict.error, `AWS Config in ${region}`);
  if (verdict.kind === 'none')
    return fail(resource, 'no-recorder', `AWS Config has no configuration recorder in ${region}.`, { recorders: 0 });
  const [first] = verdict.problems;
  return first
    ? fail(
        resource,
        first,
        `AWS Config recorder ${verdict.name} in ${region} ${verdict.problems.map((p) => WORDS[p]).join(' and ')}.`,
        verdict.observed,
      )
    : pass(
        resource,
        'recording',
        `AWS Config recorder ${verdict.name} records all supported resources in ${region} and delivers them.`,
        verdict.observed,
      );
}

/**
 * Global resource types (IAM users, roles, policies) need recording in one region only; recording
 * them everywhere duplicates configuration items. So this is one account-wide finding, not a
 * per-region demand: some region with a fully working recorder must include them. One such
 * region is enough, so regions that could not be read do not stop a pass, but the pass names them.
 */
function globalTypes(ctx: CheckContext): Finding {
  const resource = accountResource(ctx, TYPE);
  const unreadable: { region: string; error: FetchError }[] = [];
  let recordedIn: string | undefined;
  for (const region of ctx.snapshot.regions) {
    const recorders = readFetched(ctx, CONFIG_RECORDERS, region);
    if (!recorders.ok) {
      unreadable.push({ region, error: recorders.error });
      continue;
    }
    const verdict = judge(recorders.value);
    if (verdict.kind === 'error') unreadable.push({ region, error: verdict.error });
    if (verdict.kind === 'judged' && verdict.problems.length === 0 && verdict.includeGlobalResourceTypes) recordedIn ??= region;
  }
  const unreadableRegions = unreadable.map((u) => u.region);
  if (recordedIn) {
    const caveat = unreadable.length
      ? ` ${unreadable.length} other region(s) could not be read (${unreadableRegions.join(', ')}), which cannot change this result.`
      : '';
    return pass(resource, 'global-resources-recorded', `AWS Config records global (IAM) resource types in ${recordedIn}.${caveat}`, {
      region: recordedIn,
      ...(unreadable.length ? { unreadableRegions } : {}),
    });
  }
  if (unreadable.length) {
    return errorFinding(
      resource,
      unreadable[0]!.error,
      `whether any region records global resource types (unreadable: ${unreadableRegions.join(', ')})`,
    );
  }
  return fail(
    resource,
    'global-resources-not-recorded',
    'No scanned region has a working AWS Config recorder that includes global (IAM) resource types.',
    { regions: ctx.snapshot.regions.length },
  );
}

export const configRecorderEnabled: Check = {
  meta: {
    id: 'aws.config.recorder-enabled',
    title: 'AWS Config records all resources in every region',
    provider: 'aws',
    service: 'config',
    resourceType: TYPE,
    severity: 'medium',
    requires: [CONFIG_RECORDERS],
    rationale:
      'One finding per scanned region: passes when the customer-managed configuration recorder records all supported resource ' +
      'types (allSupported, or the ALL_SUPPORTED_RESOURCE_TYPES strategy), is currently recording, and the region has a delivery ' +
      'channel; fails when there is no recorder, it is stopped, it records only some types, or nothing is delivered. Plus one ' +
      'account-wide finding: global IAM resource types must be recorded by such a recorder in at least one region (once is ' +
      'enough; everywhere only duplicates items). Regions that could not be read do not stop that finding passing (it names them); ' +
      'when no region qualifies and some could not be read, it is an error rather than a fail. Without Config there is no history of who changed which resource, and when.',
    remediation: {
      text: 'Set up AWS Config in each region to record all supported resource types and deliver to an S3 bucket; include global resource types in one region (usually the home region).',
      console: 'AWS Config → Settings → Edit → Record all current and future resource types; delivery channel bucket; Save (per region)',
      cli: 'aws configservice put-configuration-recorder --configuration-recorder name=default,roleARN=<role> --recording-group allSupported=true,includeGlobalResourceTypes=true && aws configservice put-delivery-channel --delivery-channel name=default,s3BucketName=<bucket> && aws configservice start-configuration-recorder --configuration-recorder-name default',
    },
    cis: ['4.3'],
    acrossRegions: true,
  },
  evaluate(ctx) {
    const perRegion = readRegional(
      ctx,
      CONFIG_RECORDERS,
      (region) => accountResource(ctx, TYPE, region),
      (v, region) => [regional(ctx, v, region)],
    );
    return [...perRegion, globalTypes(ctx)];
  },
};
