import type { Check, CheckContext } from '../../../../../model/check.js';
import type { FetchError } from '../../../../../model/fetched.js';
import { accountResource, errorFinding, fail, lookup, notApplicable, pass, readFetched } from '../../../../check-kit.js';
import { CLOUDTRAIL_EVENT_SELECTORS, CLOUDTRAIL_TRAIL_STATUS, CLOUDTRAIL_TRAILS, type ManagementEventCoverage } from '../state.js';

interface Candidate {
  name: string;
  homeRegion: string;
  isOrganizationTrail: boolean;
  /** `unread` when the other input already shows the trail cannot comply. */
  isLogging: boolean | 'unread';
  managementEvents: ManagementEventCoverage | 'unread';
  excludedManagementEventSources: string[];
}

/**
 * An organisation trail owned by another account (the management account), seen from a
 * member, whose status or selectors the member could not read, and nothing it could read
 * says it is off.
 */
interface OrgCover {
  name: string;
  homeRegion: string;
  managedFrom: string;
  unread: string[];
}

interface Survey {
  candidates: Candidate[];
  unreadable: FetchError[];
  orgCover: OrgCover[];
}

/** Every multi-region trail whose inputs could be read, and every input that could not. */
function survey(ctx: CheckContext): Survey {
  const candidates: Candidate[] = [];
  const unreadable: FetchError[] = [];
  const orgCover: OrgCover[] = [];
  for (const region of ctx.snapshot.regions) {
    const trails = readFetched(ctx, CLOUDTRAIL_TRAILS, region);
    if (!trails.ok) {
      unreadable.push(trails.error);
      continue;
    }
    for (const t of trails.value.filter((x) => x.isMultiRegion)) {
      const status = lookup(ctx, CLOUDTRAIL_TRAIL_STATUS, t.arn, region);
      const selectors = lookup(ctx, CLOUDTRAIL_EVENT_SELECTORS, t.arn, region);
      // One readable answer that rules the trail out settles it; the other cannot change that.
      const readOff = (status.ok && !status.value.isLogging) || (selectors.ok && selectors.value.managementEvents !== 'all');
      if (!readOff) {
        if (!status.ok) unreadable.push(status.error);
        if (!selectors.ok) unreadable.push(selectors.error);
      }
      const managedFrom = t.arn.split(':')[4] ?? '';
      if ((!status.ok || !selectors.ok) && t.isOrganizationTrail && managedFrom !== ctx.snapshot.account && !readOff) {
        const unread = [...(status.ok ? [] : [status.error.api]), ...(selectors.ok ? [] : [selectors.error.api])];
        orgCover.push({ name: t.name, homeRegion: t.homeRegion, managedFrom, unread });
      }
      if ((!status.ok || !selectors.ok) && !readOff) continue;
      candidates.push({
        name: t.name,
        homeRegion: t.homeRegion,
        isOrganizationTrail: t.isOrganizationTrail,
        isLogging: status.ok ? status.value.isLogging : 'unread',
        managementEvents: selectors.ok ? selectors.value.managementEvents : 'unread',
        excludedManagementEventSources: selectors.ok ? selectors.value.excludedManagementEventSources : [],
      });
    }
  }
  return { candidates, unreadable, orgCover };
}

const compliant = (c: Candidate): boolean => c.isLogging === true && c.managementEvents === 'all';

export const cloudTrailMultiRegionTrailLogging: Check = {
  meta: {
    id: 'aws.cloudtrail.multi-region-trail-logging',
    title: 'A multi-region CloudTrail trail records all management events',
    provider: 'aws',
    service: 'cloudtrail',
    resourceType: 'AWS::::Account',
    severity: 'critical',
    requires: [CLOUDTRAIL_TRAILS, CLOUDTRAIL_TRAIL_STATUS, CLOUDTRAIL_EVENT_SELECTORS],
    rationale:
      'One account-level result. Passes when at least one multi-region trail (an organisation trail counts) is logging and its event selectors, classic or advanced, record both read and write management events. Event sources excluded from management events (such as KMS or the RDS Data API) are named in the result but do not fail it. ' +
      'Trails are read in their home region across every scanned region. ' +
      'A multi-region trail homed in a region left out of the scan is still seen through its shadow copy. ' +
      'In a member account, an organisation trail managed from another account may cover it: the member sees it in DescribeTrails, but may be refused its status or event selectors. ' +
      "When those answers cannot be read from the member, and nothing that could be read says the trail is off, the result is not_applicable with a message naming the managing account: the trail is owned, changed and fully judged in that account's scan, and a pass here would claim logging nobody observed; " +
      'an answer that can be read and shows the trail stopped or recording too little still fails. ' +
      'Because one compliant trail is enough, it passes even if another region or trail could not be read (the message says so); when none is found and some input could not be read, the result is an error rather than a fail; a trail whose one readable answer already shows it stopped or recording too little counts as read. ' +
      'Fails when no multi-region trail exists, or none of them is both logging and recording read and write management events. Without such a trail, API activity in some region or of some kind goes unrecorded, and incidents there cannot be investigated.',
    remediation: {
      text: 'Create a multi-region trail (or an organisation trail from the management account) that records read and write management events, and make sure it is logging.',
      console: 'CloudTrail → Trails → Create trail (multi-region by default) → Management events: Read and Write',
      cli: 'aws cloudtrail create-trail --name <trail> --s3-bucket-name <bucket> --is-multi-region-trail && aws cloudtrail put-event-selectors --trail-name <trail> --event-selectors \'[{"ReadWriteType":"All","IncludeManagementEvents":true}]\' && aws cloudtrail start-logging --name <trail>',
    },
    cis: ['4.1'],
    acrossRegions: true,
  },
  evaluate(ctx) {
    const account = accountResource(ctx);
    const { candidates, unreadable, orgCover } = survey(ctx);
    const good = candidates.find(compliant);
    if (good) {
      const caveat = unreadable.length
        ? ` ${unreadable.length} other input(s) could not be read (first: ${unreadable[0]!.api}), which cannot change this result.`
        : '';
      // Excluding a noisy source (KMS, RDS Data API) is an accepted trade-off, but it is named.
      const excluded = good.excludedManagementEventSources.length ? ` (excluding ${good.excludedManagementEventSources.join(', ')})` : '';
      return [
        pass(
          account,
          'multi-region-trail-logging',
          `Multi-region trail ${good.name} (home ${good.homeRegion}) is logging read and write management events${excluded}.${caveat}`,
          { trail: good },
        ),
      ];
    }
    const org = orgCover[0];
    if (org) {
      // The trail is the management account's and judged in full there; a pass here would rest on unread data.
      return [
        notApplicable(
          account,
          'organization-trail-covers-account',
          `Organisation trail ${org.name} (managed from account ${org.managedFrom}, home ${org.homeRegion}) covers this account. ` +
            `Its ${org.unread.join(' and ')} answer could not be read from this member account, so whether it is logging all management events is judged in the scan of account ${org.managedFrom}.`,
          { organizationTrail: org },
        ),
      ];
    }
    if (unreadable.length) {
      const finding = errorFinding(account, unreadable[0]!, 'whether a multi-region trail is logging');
      const more = unreadable.length > 1 ? ` ${unreadable.length} inputs failed in all.` : '';
      return [
        {
          ...finding,
          message: `${finding.message} No compliant trail was found among the trails that could be read.${more}`,
          observed: { multiRegionTrails: candidates },
        },
      ];
    }
    if (!candidates.length) {
      return [fail(account, 'no-multi-region-trail', 'No multi-region trail is homed in any scanned region.', { multiRegionTrails: [] })];
    }
    const logState = (c: Candidate): string =>
      c.isLogging === 'unread' ? 'logging status unreadable' : c.isLogging ? 'logging' : 'not logging';
    const summary = candidates.map((c) => `${c.name} (${logState(c)}, management events: ${c.managementEvents})`).join('; ');
    return [
      fail(
        account,
        'multi-region-trail-incomplete',
        `No multi-region trail is both logging and recording read and write management events: ${summary}.`,
        { multiRegionTrails: candidates },
      ),
    ];
  },
};
