import { awsError, type FakeHandlers } from '../../src/providers/aws/simulator.js';
import { DEMO_ACCOUNT } from './clock.js';

/**
 * Shared by the demo's detective services (GuardDuty, Config, Security Hub, Access Analyzer):
 * - us-east-1 (home): each service is set up.
 * - eu-west-1: nothing is set up.
 * - ap-southeast-2: a service control policy denies GuardDuty, Config and Security Hub;
 *   Access Analyzer answers, with no analyzers.
 */
export const SCP_REGION = 'ap-southeast-2';
const ROLE = `arn:aws:sts::${DEMO_ACCOUNT}:assumed-role/annexa-audit/annexa`;

/** Wrap a handler so the SCP region answers AccessDenied, as AWS does for an explicit SCP deny. */
export function scp(action: string, h: FakeHandlers[string]): FakeHandlers[string] {
  return (input, region, service) => {
    if (region === SCP_REGION) {
      throw awsError(
        'AccessDeniedException',
        403,
        `User: ${ROLE} is not authorized to perform: ${action} with an explicit deny in a service control policy`,
      );
    }
    return h(input, region, service);
  };
}

export const home = (region: string): boolean => region === 'us-east-1';
