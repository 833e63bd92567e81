import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import type { Fetched } from '../../../../../model/fetched.js';
import { IAM_ORGANIZATIONS_FEATURES, type OrganizationsFeatures } from '../state.js';
import { iamRootAccessCentrallyManaged } from './aws.iam.root-access-centrally-managed.js';

const with_ = (v: OrganizationsFeatures | Fetched<OrganizationsFeatures>) => snapshot().global(IAM_ORGANIZATIONS_FEATURES, v);

export const table: CheckCases = {
  check: iamRootAccessCentrallyManaged,
  cases: [
    {
      name: 'passes when root credentials management is enabled',
      snapshot: with_({ scope: 'organization', enabledFeatures: ['RootCredentialsManagement', 'RootSessions'] }),
      expected: [['pass', 'root-credentials-managed']],
    },
    {
      name: 'fails when only root sessions are enabled',
      snapshot: with_({ scope: 'organization', enabledFeatures: ['RootSessions'] }),
      expected: [['fail', 'root-credentials-not-managed']],
    },
    {
      name: 'fails when trusted access for IAM is off',
      snapshot: with_({ scope: 'trusted-access-off' }),
      expected: [['fail', 'iam-trusted-access-off']],
    },
    {
      name: 'is not applicable in a member account',
      snapshot: with_({ scope: 'member-account' }),
      expected: [['not_applicable', 'member-account']],
    },
    {
      name: 'is not applicable outside an organisation',
      snapshot: with_({ scope: 'no-organization' }),
      expected: [['not_applicable', 'no-organization']],
    },
    {
      name: 'is an error when the features cannot be listed',
      snapshot: with_(denied('iam:ListOrganizationsFeatures')),
      expected: [['error', 'error.denied']],
    },
  ],
};
