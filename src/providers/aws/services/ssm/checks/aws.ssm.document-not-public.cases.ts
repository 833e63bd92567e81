import { type CheckCases, denied, ok, snapshot } from '../../../../../../test/support/snapshot.js';
import { SSM_DOCUMENT_SHARING, SSM_DOCUMENTS } from '../state.js';
import { ssmDocumentNotPublic as check } from './aws.ssm.document-not-public.js';

const R = 'us-east-1';
const with_ = (sharing: unknown) =>
  snapshot()
    .regional(SSM_DOCUMENTS, R, [{ name: 'Deploy', arn: 'arn:aws:ssm:us-east-1:111122223333:document/Deploy' }])
    .regional(SSM_DOCUMENT_SHARING, R, { Deploy: sharing as never });

export const table: CheckCases = {
  check,
  cases: [
    { name: 'private passes', snapshot: with_(ok([])), expected: [['pass', 'private']] },
    { name: 'shared with one account passes', snapshot: with_(ok(['444455556666'])), expected: [['pass', 'private']] },
    { name: 'public fails', snapshot: with_(ok(['all'])), expected: [['fail', 'public']] },
    {
      name: 'unreadable permission is an error',
      snapshot: with_(denied('ssm:DescribeDocumentPermission')),
      expected: [['error', 'error.denied']],
    },
  ],
};
