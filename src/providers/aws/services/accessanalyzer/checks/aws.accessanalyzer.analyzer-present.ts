import type { Check } from '../../../../../model/check.js';
import { accountResource, errorFinding, fail, notApplicable, pass, readFetched, readRegional } from '../../../../check-kit.js';
import { ORGANIZATIONS_MEMBERSHIP } from '../../organizations/state.js';
import { ACCESSANALYZER_ANALYZERS } from '../state.js';

const TYPE = 'AWS::AccessAnalyzer::Analyzer';
/** External-access analyzers; the unused- and internal-access types answer different questions. */
const EXTERNAL_ACCESS_TYPES = new Set(['ACCOUNT', 'ORGANIZATION']);

export const accessAnalyzerAnalyzerPresent: Check = {
  meta: {
    id: 'aws.accessanalyzer.analyzer-present',
    title: 'IAM Access Analyzer watches for external access in every region',
    provider: 'aws',
    service: 'accessanalyzer',
    resourceType: TYPE,
    severity: 'low',
    requires: [ACCESSANALYZER_ANALYZERS, ORGANIZATIONS_MEMBERSHIP],
    rationale:
      'One finding per scanned region. Passes when the region has at least one ACTIVE analyzer of type ACCOUNT or ORGANIZATION; ' +
      'fails otherwise, including when only unused-access or internal-access analyzers exist or the external-access analyzer is ' +
      'CREATING, DISABLED or FAILED. Access Analyzer only reviews resource policies in its own region, and it is what flags a ' +
      'bucket, key, role or queue shared outside the account or organization. ' +
      'An account that belongs to an organisation (organizations:DescribeOrganization) and has no analyzer of its own in the region is not_applicable, not fail: ' +
      'an ORGANIZATION analyzer lives in the management or delegated administrator account and is not listed in the accounts it covers, so from here its absence cannot be told from its presence. ' +
      'Passing would claim coverage nobody observed, and an error would blame a read that did not fail; the message says where the evidence is instead, ' +
      "and that account's own scan passes or fails the region. When membership could not be read, such a region is an error.",
    remediation: {
      text: 'Create an ACCOUNT analyzer in the region (or an ORGANIZATION analyzer from the management or delegated administrator account).',
      console: 'IAM → Access analyzer → Analyzer settings → Create analyzer (per region)',
      cli: 'aws accessanalyzer create-analyzer --analyzer-name external-access --type ACCOUNT --region <region>',
    },
    cis: ['2.18'],
  },
  evaluate(ctx) {
    const org = readFetched(ctx, ORGANIZATIONS_MEMBERSHIP);
    return readRegional(
      ctx,
      ACCESSANALYZER_ANALYZERS,
      (region) => accountResource(ctx, TYPE, region),
      (analyzers, region) => {
        const resource = accountResource(ctx, TYPE, region);
        const active = analyzers.find((a) => a.status === 'ACTIVE' && EXTERNAL_ACCESS_TYPES.has(a.type));
        if (active) {
          return [
            pass(resource, 'analyzer-active', `Access Analyzer ${active.name} (${active.type}) is active in ${region}.`, {
              analyzer: active.name,
              type: active.type,
              status: active.status,
            }),
          ];
        }
        const seen = analyzers.map((a) => ({ name: a.name, type: a.type, status: a.status }));
        if (!org.ok) return [errorFinding(resource, org.error, `whether an organisation analyzer can cover ${region}`)];
        if (org.value) {
          const { id, managementAccountId } = org.value;
          return [
            notApplicable(
              resource,
              'organization-analyzer-not-visible',
              `No analyzer of this account is active in ${region}, but the account belongs to organisation ${id}: an ORGANIZATION analyzer in the management account (${managementAccountId}) ` +
                `or a delegated administrator would cover it without being listed here. Confirm one is active in ${region} there (that account's scan shows it), or create an ACCOUNT analyzer here.`,
              { analyzers: seen, organization: id, managementAccountId },
            ),
          ];
        }
        return seen.length === 0
          ? [fail(resource, 'no-analyzer', `No IAM Access Analyzer exists in ${region}.`, { analyzers: [] })]
          : [
              fail(resource, 'no-active-external-analyzer', `No active ACCOUNT or ORGANIZATION analyzer in ${region}.`, {
                analyzers: seen,
              }),
            ];
      },
    );
  },
};
