/** Shared by the S3 object-level logging checks (CIS 3.8, 3.9): which trails record a bucket's object events. */
import type { Check, CheckContext, Finding } from '../../../../model/check.js';
import type { FetchError } from '../../../../model/fetched.js';
import type { ResourceRef } from '../../../../model/resource.js';
import { errorFinding, fail, lookup, pass, readFetched } from '../../../check-kit.js';
import { coversBucket } from '../../cloudtrail-selectors.js';
import { eachBucket } from '../s3/helpers.js';
import { S3_BUCKETS, type S3Bucket } from '../s3/state.js';
import { CLOUDTRAIL_EVENT_SELECTORS, CLOUDTRAIL_TRAIL_STATUS, CLOUDTRAIL_TRAILS } from './state.js';

export type Direction = 'read' | 'write';

interface Survey {
  /** Trails (name) recording the direction for the bucket, logging, in its region or multi-region. */
  covering: (bucket: S3Bucket) => string[];
  unreadable: FetchError[];
}

/**
 * Object-level events of a bucket are recorded by a logging trail that is multi-region or
 * homed in the bucket's region, whose data-event selectors cover the bucket in that direction.
 */
export function surveyDataEvents(ctx: CheckContext, direction: Direction): Survey {
  const unreadable: FetchError[] = [];
  const trails: { name: string; region: string; multi: boolean; covers: (b: string) => boolean }[] = [];
  for (const region of ctx.snapshot.regions) {
    const list = readFetched(ctx, CLOUDTRAIL_TRAILS, region);
    if (!list.ok) {
      unreadable.push(list.error);
      continue;
    }
    for (const t of list.value) {
      const status = lookup(ctx, CLOUDTRAIL_TRAIL_STATUS, t.arn, region);
      const sel = lookup(ctx, CLOUDTRAIL_EVENT_SELECTORS, t.arn, region);
      if (!status.ok || !sel.ok) {
        unreadable.push(...(status.ok ? [] : [status.error]), ...(sel.ok ? [] : [sel.error]));
        continue;
      }
      if (!status.value.isLogging) continue;
      const coverage = sel.value.s3DataEvents[direction];
      trails.push({ name: t.name, region: t.homeRegion, multi: t.isMultiRegion, covers: (b) => coversBucket(coverage, b) });
    }
  }
  return {
    covering: (b) => trails.filter((t) => (t.multi || t.region === b.region) && t.covers(b.name)).map((t) => t.name),
    unreadable,
  };
}

export function dataEventFinding(survey: Survey, b: S3Bucket, resource: ResourceRef, direction: Direction): Finding {
  const trails = survey.covering(b);
  if (trails.length)
    return pass(
      resource,
      `object-${direction}s-logged`,
      `Object-level ${direction} events of bucket ${b.name} are recorded by trail ${trails.join(', ')}.`,
      { trails },
    );
  const first = survey.unreadable[0];
  if (first) return errorFinding(resource, first, `which trails record object-level ${direction} events`);
  return fail(
    resource,
    `object-${direction}s-not-logged`,
    `No logging trail records object-level ${direction} events of bucket ${b.name}.`,
    { trails: [] },
  );
}

const CIS: Record<Direction, string> = { write: '3.8', read: '3.9' };
const RW: Record<Direction, { basic: string; readOnly: string; verb: string }> = {
  write: { basic: 'WriteOnly', readOnly: 'false', verb: 'wrote or deleted' },
  read: { basic: 'ReadOnly', readOnly: 'true', verb: 'read' },
};

/** The check for one direction; the two checks differ only in it. */
export function s3ObjectEventsCheck({ id, direction }: { id: string; direction: Direction }): Check {
  const rw = RW[direction];
  return {
    meta: {
      id,
      title: `Object-level ${direction} events of S3 buckets are logged by CloudTrail`,
      provider: 'aws',
      service: 'cloudtrail',
      resourceType: 'AWS::S3::Bucket',
      severity: 'medium',
      requires: [S3_BUCKETS, CLOUDTRAIL_TRAILS, CLOUDTRAIL_TRAIL_STATUS, CLOUDTRAIL_EVENT_SELECTORS],
      rationale:
        `One finding per S3 bucket in a scanned region. Passes when a trail that is logging, and is multi-region or homed in the bucket's region, records the bucket's object-level ${direction} data events: ` +
        `a basic selector whose ReadWriteType is ${rw.basic} or All with a DataResources entry of type AWS::S3::Object for all buckets (arn:aws:s3 or arn:aws:s3:::) or for this bucket (arn:aws:s3:::<bucket>/; a deeper prefix covers part of it only and does not count), ` +
        `or an advanced selector with eventCategory Data, resources.type AWS::S3::Object, readOnly absent or ${rw.readOnly}, and no narrowing other than resources.ARN starting with the bucket. ` +
        `Fails when no such trail exists; when none is found and some trail could not be read, the result is an error. Object-level events are the only record of who ${rw.verb} which object.`,
      remediation: {
        text: `Add S3 data events (${direction} or all) for all buckets, or at least the sensitive ones, to a multi-region trail.`,
        console: 'CloudTrail → Trails → <trail> → Data events → Add data event type: S3',
        cli: `aws cloudtrail put-event-selectors --trail-name <trail> --advanced-event-selectors '[{"Name":"S3 object ${direction}s","FieldSelectors":[{"Field":"eventCategory","Equals":["Data"]},{"Field":"resources.type","Equals":["AWS::S3::Object"]},{"Field":"readOnly","Equals":["${rw.readOnly}"]}]}]'`,
      },
      cis: [CIS[direction]],
      acrossRegions: true,
    },
    evaluate(ctx) {
      const survey = surveyDataEvents(ctx, direction);
      return eachBucket(ctx, (b, resource) => dataEventFinding(survey, b, resource, direction));
    },
  };
}
