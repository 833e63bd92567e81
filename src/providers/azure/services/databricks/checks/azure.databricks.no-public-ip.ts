import { either, itemCheck } from '../../../service-kit/check.js';
import { AZURE_DATABRICKS_WORKSPACES, WORKSPACE } from '../state.js';

export const databricksNoPublicIp = itemCheck(
  {
    id: 'azure.databricks.no-public-ip',
    title: 'Databricks clusters have no public IP addresses',
    service: 'databricks',
    resourceType: WORKSPACE,
    severity: 'medium',
    rationale:
      'One result per workspace. Passes when `parameters.enableNoPublicIp.value` is true (secure cluster connectivity): cluster nodes get no public IP and reach the control plane through a relay. Fails when false or absent, which leaves every node addressable from the internet.',
    remediation: {
      text: 'Enable secure cluster connectivity (No Public IP) on the workspace.',
      cli: 'az databricks workspace update --resource-group <group> --name <workspace> --enable-no-public-ip true',
    },
    cis: ['2.1.9'],
  },
  AZURE_DATABRICKS_WORKSPACES,
  (w) => {
    const on = w.properties.parameters?.enableNoPublicIp?.value === true;
    return either(
      on,
      ['no-public-ip', `Workspace ${w.name} gives its cluster nodes no public IP.`],
      ['public-ip', `Workspace ${w.name} gives its cluster nodes public IPs.`],
      {
        enableNoPublicIp: on,
      },
    );
  },
);
