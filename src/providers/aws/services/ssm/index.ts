import type { AwsService } from '../../service.js';
import { ssmDocumentNotPublic } from './checks/aws.ssm.document-not-public.js';
import { ssmInstanceManaged } from './checks/aws.ssm.instance-managed.js';
import { ssmInstancePatchCompliant } from './checks/aws.ssm.instance-patch-compliant.js';
import { ssmCollectors } from './collect.js';
import { demo } from './demo.js';

export const ssm: AwsService = {
  id: 'ssm',
  collectors: ssmCollectors,
  checks: [ssmDocumentNotPublic, ssmInstanceManaged, ssmInstancePatchCompliant],
  links: new URL('./links.yaml', import.meta.url),
  demo,
};
