import { snapshot } from '../../../../../../test/support/snapshot.js';
import { parsePolicyDocument } from '../../../iam-policy.js';
import { ORGANIZATIONS_SCPS, type ServiceControlPolicy } from '../state.js';

export const ROOT = { id: 'r-ab12', type: 'ROOT', name: 'Root' };
export const OU = { id: 'ou-ab12-prod', type: 'ORGANIZATIONAL_UNIT', name: 'prod' };

export function scp(name: string, targets: ServiceControlPolicy['targets'], ...Statement: object[]): ServiceControlPolicy {
  return {
    id: `p-${name}`,
    name,
    awsManaged: false,
    document: parsePolicyDocument(JSON.stringify({ Version: '2012-10-17', Statement })),
    targets,
  };
}

export const FULL_ACCESS = scp('FullAWSAccess', [ROOT], { Effect: 'Allow', Action: '*', Resource: '*' });

export const withScps = (...policies: ServiceControlPolicy[]) => snapshot().global(ORGANIZATIONS_SCPS, { scope: 'management', policies });
