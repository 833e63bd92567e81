import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { EFS_ACCESS_POINTS } from '../state.js';

export const efsAccessPointUserIdentityEnforced = eachResource(
  {
    id: 'aws.efs.access-point-user-identity-enforced',
    title: 'EFS access points enforce a POSIX user identity',
    service: 'efs',
    resourceType: 'AWS::EFS::AccessPoint',
    severity: 'medium',
    requires: [EFS_ACCESS_POINTS],
    rationale:
      'Passes when the access point sets a PosixUser: EFS replaces the user and group ids every client sends with that ' +
      "identity, so a client claiming root (uid 0) gets no more than the configured user. Fails when clients' own ids are trusted.",
    remediation: {
      text: 'Create an access point with a POSIX user and move clients to it.',
      cli: 'aws efs create-access-point --file-system-id <id> --posix-user Uid=1000,Gid=1000',
    },
  },
  EFS_ACCESS_POINTS,
  (a, r) =>
    a.posixUser
      ? pass(r, 'identity-enforced', `${a.name} enforces a POSIX user identity.`, { posixUser: true })
      : fail(r, 'identity-not-enforced', `${a.name} trusts the user ids clients send.`, { posixUser: false }),
);
