import { accountResource, fail, pass, readRegional } from '../../../src/engine/check-kit.js';
import { ACCESSANALYZER_ANALYZERS } from '../../../src/providers/aws/inventory/accessanalyzer.js';
const TYPE = 'AWS::AccessAnalyzer::Analyzer';
/** External-access analyzers; the unused- and internal-access types answer different questions. */
const EXTERNAL_ACCESS_TYPES = new Set(['ACCOUNT', 'ORGANIZATION']);
export const accessAnalyzerAnalyzerPresent = {
    meta: {
        id: 'aws.accessanalyzer.analyzer-present',
        title: 'IAM Access Analyzer watches for external access in every region',
        provider: 'aws',
        service: 'accessanalyzer',
        resourceType: TYPE,
        severity: 'low',
        requires: [ACCESSANALYZER_ANALYZERS],
        rationale: 'One finding per scanned region. Passes when the region has at least one ACTIVE analyzer of type ACCOUNT or ORGANIZATION; ' +
            'fails otherwise, including when only unused-access or internal-access analyzers exist or the external-access analyzer is ' +
            'CREATING, DISABLED or FAILED. Access Analyzer only reviews resource policies in its own region, and it is what flags a ' +
            'bucket, key, role or queue shared outside the account or organization.',
        remediation: {
            text: 'Create an ACCOUNT analyzer in the region (or an ORGANIZATION analyzer from the management or delegated administrator account).',
            console: 'IAM → Access analyzer → Analyzer settings → Create analyzer (per region)',
            cli: 'aws accessanalyzer create-analyzer --analyzer-name external-access --type ACCOUNT --region <region>',
        },
        cis: ['1.20'],
    },
    evaluate(ctx) {
        return readRegional(ctx, ACCESSANALYZER_ANALYZERS, (region) => accountResource(ctx, TYPE, region), (analyzers, region) => {
            const resource = accountResource(ctx, TYPE, region);
            const active = analyzers.find((a) => a.status === 'ACTIVE' && EXTERNAL_ACCESS_TYPES.has(a.type));
            if (active) {
                return [pass(resource, 'analyzer-active', `Access Analyzer ${active.name} (${active.type}) is active in ${region}.`, { analyzer: active.name, type: active.type, status: active.status })];
            }
            const seen = analyzers.map((a) => ({ name: a.name, type: a.type, status: a.status }));
            return seen.length === 0
                ? [fail(resource, 'no-analyzer', `No IAM Access Analyzer exists in ${region}.`, { analyzers: [] })]
                : [fail(resource, 'no-active-external-analyzer', `No active ACCOUNT or ORGANIZATION analyzer in ${region}.`, { analyzers: seen })];
        });
    },
};
