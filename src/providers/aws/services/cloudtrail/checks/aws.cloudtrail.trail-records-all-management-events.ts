import type { Check } from '../../../../../model/check.js';
import { all, fail, lookup, pass } from '../../../../check-kit.js';
import { eachTrail } from '../helpers.js';
import { CLOUDTRAIL_EVENT_SELECTORS, CLOUDTRAIL_TRAIL_STATUS, CLOUDTRAIL_TRAILS } from '../state.js';

const COVERAGE: Record<string, string> = {
  none: 'records no management events',
  readOnly: 'records only read management events',
  writeOnly: 'records only write management events',
};

export const cloudTrailTrailRecordsAllManagementEvents: Check = {
  meta: {
    id: 'aws.cloudtrail.trail-records-all-management-events',
    title: 'Each CloudTrail trail is logging, multi-region and records read and write management events',
    provider: 'aws',
    service: 'cloudtrail',
    resourceType: 'AWS::CloudTrail::Trail',
    severity: 'medium',
    requires: [CLOUDTRAIL_TRAILS, CLOUDTRAIL_TRAIL_STATUS, CLOUDTRAIL_EVENT_SELECTORS],
    rationale:
      'One finding per trail, in its home region, alongside the account-level aws.cloudtrail.multi-region-trail-logging. Fails, naming every gap, when the trail is not logging (GetTrailStatus IsLogging false), is single-region, or its event selectors record no management events, only read or only write ones. ' +
      'Basic selectors are read with IncludeManagementEvents (default true) and ReadWriteType (default All); advanced selectors by their eventCategory = Management selectors, where readOnly narrows to reads or writes and any condition other than excluding named event sources (KMS, RDS Data API) records a subset only, so it does not count. ' +
      'Excluded sources are named in the result but do not fail it. A trail whose status or selectors could not be read is an error.',
    remediation: {
      text: 'Start logging, make the trail multi-region, and record both read and write management events.',
      console: 'CloudTrail → Trails → <trail> → Edit (multi-region) / Management events: Read and Write / Start logging',
      cli: 'aws cloudtrail update-trail --name <trail> --is-multi-region-trail && aws cloudtrail put-event-selectors --trail-name <trail> --event-selectors \'[{"ReadWriteType":"All","IncludeManagementEvents":true}]\' && aws cloudtrail start-logging --name <trail>',
    },
  },
  evaluate(ctx) {
    return eachTrail(ctx, (t, resource, region) => {
      const got = all(resource, [
        lookup(ctx, CLOUDTRAIL_TRAIL_STATUS, t.arn, region),
        lookup(ctx, CLOUDTRAIL_EVENT_SELECTORS, t.arn, region),
      ]);
      if (!got.ok) return got.finding;
      const [status, sel] = got.values;
      const gaps = [
        ...(status.isLogging ? [] : [['not-logging', 'is not logging']]),
        ...(t.isMultiRegion ? [] : [['single-region', 'records one region only']]),
        ...(sel.managementEvents === 'all' ? [] : [[`management-events-${sel.managementEvents}`, COVERAGE[sel.managementEvents]!]]),
      ];
      const observed = {
        isLogging: status.isLogging,
        isMultiRegion: t.isMultiRegion,
        selectorStyle: sel.style,
        managementEvents: sel.managementEvents,
        excludedSources: sel.excludedManagementEventSources,
      };
      if (gaps.length) return fail(resource, gaps[0]![0]!, `Trail ${t.name} ${gaps.map((g) => g[1]).join(', ')}.`, observed);
      const excluded = sel.excludedManagementEventSources.length ? ` (excluding ${sel.excludedManagementEventSources.join(', ')})` : '';
      return pass(
        resource,
        'trail-complete',
        `Trail ${t.name} is logging in every region and records read and write management events${excluded}.`,
        observed,
      );
    });
  },
};
