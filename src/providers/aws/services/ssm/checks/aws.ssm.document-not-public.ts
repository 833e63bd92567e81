import type { Check } from '../../../../../model/check.js';
import { all, fail, lookup, pass } from '../../../../check-kit.js';
import { eachRegional } from '../../resource-kit.js';
import { SSM_DOCUMENT_SHARING, SSM_DOCUMENTS } from '../state.js';

const TYPE = 'AWS::SSM::Document';

export const ssmDocumentNotPublic: Check = {
  meta: {
    id: 'aws.ssm.document-not-public',
    title: 'Systems Manager documents owned by the account are not public',
    provider: 'aws',
    service: 'ssm',
    resourceType: TYPE,
    severity: 'high',
    requires: [SSM_DOCUMENTS, SSM_DOCUMENT_SHARING],
    rationale:
      'Documents often hold operational scripts with internal host names, paths and sometimes credentials. Fails when an owned ' +
      "document's Share permission includes all (public); passes when it is private or shared with named accounts. An unreadable " +
      'permission is an error.',
    remediation: {
      text: "Remove the public share and turn on the account's block public sharing setting for documents.",
      console: 'Systems Manager → Documents → Owned by me → document → Details → Permissions → Private',
      cli: 'aws ssm modify-document-permission --name <name> --permission-type Share --account-ids-to-remove all',
    },
  },
  evaluate(ctx) {
    return eachRegional(ctx, SSM_DOCUMENTS, TYPE, (d, resource, region) => {
      const got = all(resource, [lookup(ctx, SSM_DOCUMENT_SHARING, d.name, region)]);
      if (!got.ok) return got.finding;
      const accounts = got.values[0];
      return accounts.includes('all')
        ? fail(resource, 'public', `Document ${d.name} is shared publicly.`, { sharedWith: accounts })
        : pass(resource, 'private', `Document ${d.name} is not public.`, { sharedWith: accounts });
    });
  },
};
