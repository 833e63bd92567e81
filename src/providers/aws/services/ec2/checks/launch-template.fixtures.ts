/** Builders for the EC2 launch template case tables. */
import { ACCT, R } from '../../cases.fixtures.js';
import type { LaunchTemplate } from '../launch-template-state.js';

export function launchTemplate(extra: Partial<LaunchTemplate> = {}): LaunchTemplate {
  return {
    name: 'web',
    arn: `arn:aws:ec2:${R}:${ACCT}:launch-template/lt-0abc`,
    id: 'lt-0abc',
    defaultVersion: 3,
    httpTokens: 'required',
    httpEndpoint: 'enabled',
    publicIpInterfaces: [],
    ...extra,
  };
}
