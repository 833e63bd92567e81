import { AWS_COLLECTORS } from './collectors.js';

/** Calls the scan makes outside collectors: identity and region discovery. */
const BASELINE_ACTIONS = ['sts:GetCallerIdentity', 'ec2:DescribeRegions'];

export function requiredActions(): string[] {
  const actions = new Set(BASELINE_ACTIONS);
  for (const c of AWS_COLLECTORS) for (const a of c.apis) for (const action of a.actions) actions.add(action);
  return [...actions].sort();
}

/** The read-only policy annexa needs, generated from what the collectors declare. */
export function leastPrivilegePolicy(): object {
  return {
    Version: '2012-10-17',
    Statement: [{ Sid: 'AnnexaReadOnly', Effect: 'Allow', Action: requiredActions(), Resource: '*' }],
  };
}
