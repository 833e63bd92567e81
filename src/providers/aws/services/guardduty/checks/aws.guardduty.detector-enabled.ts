import type { Check } from '../../../../../model/check.js';
import { accountResource, errorFinding, fail, pass, readRegional } from '../../../../check-kit.js';
import { GUARDDUTY_DETECTORS, type GuardDutyDetector } from '../state.js';

const TYPE = 'AWS::GuardDuty::Detector';

export const guardDutyDetectorEnabled: Check = {
  meta: {
    id: 'aws.guardduty.detector-enabled',
    title: 'GuardDuty is enabled in every region',
    provider: 'aws',
    service: 'guardduty',
    resourceType: TYPE,
    severity: 'high',
    requires: [GUARDDUTY_DETECTORS],
    rationale:
      'One finding per scanned region. Passes when the region has a GuardDuty detector with status ENABLED; fails when it has ' +
      'no detector or only suspended (DISABLED) ones. If no detector is ENABLED and one could not be read, the result is an error. ' +
      "GuardDuty is the account's threat detection: without it, credential misuse, crypto-mining and reconnaissance in a region " +
      'go unnoticed, and attackers favour regions nobody watches.',
    remediation: {
      text: 'Enable GuardDuty in the region (ideally for all regions through a delegated administrator in AWS Organizations).',
      console: 'GuardDuty → Get started → Enable GuardDuty (repeat per region, or Settings → Accounts for an organization)',
      cli: 'aws guardduty create-detector --enable --region <region>',
    },
  },
  evaluate(ctx) {
    return readRegional(
      ctx,
      GUARDDUTY_DETECTORS,
      (region) => accountResource(ctx, TYPE, region),
      (detectors, region) => {
        // One stable resource per region, whatever the detector id, so results compare across runs.
        const resource = accountResource(ctx, TYPE, region);
        const read: GuardDutyDetector[] = [];
        for (const d of Object.values(detectors)) if (d.ok) read.push(d.value);
        const enabled = read.find((d) => d.status === 'ENABLED');
        if (enabled) {
          return [
            pass(resource, 'detector-enabled', `GuardDuty detector ${enabled.detectorId} is enabled in ${region}.`, {
              detectorId: enabled.detectorId,
              status: enabled.status,
            }),
          ];
        }
        const failedRead = Object.values(detectors).find((d) => !d.ok);
        if (failedRead && !failedRead.ok) return [errorFinding(resource, failedRead.error, `GuardDuty in ${region}`)];
        if (read.length === 0) return [fail(resource, 'no-detector', `GuardDuty has no detector in ${region}.`, { detectors: 0 })];
        return [
          fail(resource, 'detector-suspended', `GuardDuty detector ${read[0]!.detectorId} in ${region} is ${read[0]!.status}.`, {
            detectorId: read[0]!.detectorId,
            status: read[0]!.status,
          }),
        ];
      },
    );
  },
};
