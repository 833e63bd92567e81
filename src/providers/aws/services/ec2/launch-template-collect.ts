import { api } from '../../../../inventory/collector.js';
import type { AwsCollector } from '../../context.js';
import { EC2_LAUNCH_TEMPLATES, type LaunchTemplate } from './launch-template-state.js';

const DESCRIBE_LAUNCH_TEMPLATE_VERSIONS = api('ec2:DescribeLaunchTemplateVersions');

const launchTemplates: AwsCollector<readonly LaunchTemplate[]> = {
  key: EC2_LAUNCH_TEMPLATES,
  service: 'ec2',
  apis: [DESCRIBE_LAUNCH_TEMPLATE_VERSIONS],
  async collect(ctx, region) {
    const { paginateDescribeLaunchTemplateVersions } = await import('@aws-sdk/client-ec2');
    const client = await ctx.client('ec2', region);
    const { id: account, partition } = ctx.account;
    const out: LaunchTemplate[] = [];
    await ctx.call(DESCRIBE_LAUNCH_TEMPLATE_VERSIONS, async () => {
      // Without a template id, `$Default` lists every template's default version: no DescribeLaunchTemplates and no call per template.
      for await (const page of paginateDescribeLaunchTemplateVersions({ client, pageSize: 200 }, { Versions: ['$Default'] })) {
        for (const v of page.LaunchTemplateVersions ?? []) {
          if (!v.LaunchTemplateId) continue;
          const data = v.LaunchTemplateData;
          const m = data?.MetadataOptions;
          out.push({
            name: v.LaunchTemplateName ?? v.LaunchTemplateId,
            arn: `arn:${partition}:ec2:${region}:${account}:launch-template/${v.LaunchTemplateId}`,
            id: v.LaunchTemplateId,
            defaultVersion: v.VersionNumber ?? 0,
            // Unset stays unset: what instances then get depends on the AMI and account defaults.
            ...(m?.HttpTokens ? { httpTokens: m.HttpTokens } : {}),
            ...(m?.HttpEndpoint ? { httpEndpoint: m.HttpEndpoint } : {}),
            publicIpInterfaces: (data?.NetworkInterfaces ?? []).flatMap((n, i) =>
              n.AssociatePublicIpAddress === true ? [n.DeviceIndex ?? i] : [],
            ),
          });
        }
      }
    });
    return out.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  },
};

export const ec2LaunchTemplateCollectors: readonly AwsCollector<unknown>[] = [launchTemplates] as readonly AwsCollector<unknown>[];
