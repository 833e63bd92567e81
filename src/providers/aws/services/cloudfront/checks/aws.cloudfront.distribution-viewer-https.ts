import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { eachGlobal } from '../../resource-kit.js';
import { CLOUDFRONT_DISTRIBUTIONS } from '../state.js';

const TYPE = 'AWS::CloudFront::Distribution';

export const cloudFrontDistributionViewerHttps: Check = {
  meta: {
    id: 'aws.cloudfront.distribution-viewer-https',
    title: 'CloudFront distributions serve viewers over HTTPS only',
    provider: 'aws',
    service: 'cloudfront',
    resourceType: TYPE,
    severity: 'medium',
    requires: [CLOUDFRONT_DISTRIBUTIONS],
    rationale:
      'Each cache behaviour has a viewer protocol policy. Passes when the default behaviour and every path behaviour use https-only ' +
      'or redirect-to-https; fails naming the behaviours that allow-all, where content and cookies can travel in clear text.',
    remediation: {
      text: "Set every cache behaviour's viewer protocol policy to redirect-to-https (or https-only).",
      console: 'CloudFront → distribution → Behaviors → Edit → Viewer protocol policy',
      cli: 'aws cloudfront update-distribution --id <id> --distribution-config file://config.json --if-match <etag>',
    },
  },
  evaluate(ctx) {
    return eachGlobal(ctx, CLOUDFRONT_DISTRIBUTIONS, TYPE, (d, resource) => {
      const plain = Object.entries(d.viewerProtocolPolicies).filter(([, p]) => p !== 'https-only' && p !== 'redirect-to-https');
      return plain.length === 0
        ? pass(resource, 'https-only', `Distribution ${d.name} serves every behaviour over HTTPS.`, { policies: d.viewerProtocolPolicies })
        : fail(resource, 'allows-http', `Distribution ${d.name} serves HTTP on ${plain.map(([p]) => p).join(', ')}.`, {
            policies: d.viewerProtocolPolicies,
          });
    });
  },
};
