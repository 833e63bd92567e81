import { paramsOf } from '../../../../check-kit.js';
import { either, itemCheck, missing } from '../../../service-kit/check.js';
import { listApi } from '../../../service-kit/collect.js';
import { AKS_PARAMS } from '../params.js';
import { AZURE_AKS_CLUSTERS, CLUSTER } from '../state.js';
import { minorOf } from '../version.js';

export const aksKubernetesVersionSupported = itemCheck(
  {
    id: 'azure.aks.kubernetes-version-supported',
    title: 'AKS clusters run a supported Kubernetes version',
    service: 'aks',
    resourceType: CLUSTER,
    severity: 'medium',
    rationale:
      'One result per cluster. Compares the running `currentKubernetesVersion` (or `kubernetesVersion`) minor with `minimumKubernetesVersion` in the `azure.aks` parameters (AKS supports the three newest GA minors). Passes at or above it; fails below, where the control plane no longer gets security patches and AKS may force-upgrade. A cluster without a version is an error.',
    remediation: {
      text: 'Upgrade the control plane and node pools to a supported minor version.',
      cli: 'az aks upgrade --resource-group <group> --name <cluster> --kubernetes-version <version>',
    },
  },
  AZURE_AKS_CLUSTERS,
  (x, ctx) => {
    const v = x.properties.currentKubernetesVersion ?? x.properties.kubernetesVersion;
    const have = minorOf(v);
    const want = minorOf(paramsOf(ctx, 'azure.aks', AKS_PARAMS).minimumKubernetesVersion)!;
    if (!have) return missing(listApi(CLUSTER).api, listApi(CLUSTER).actions[0]!, `cluster ${x.name} reports no Kubernetes version`);
    const ok = have[0] > want[0] || (have[0] === want[0] && have[1] >= want[1]);
    return either(
      ok,
      ['version-supported', `Cluster ${x.name} runs Kubernetes ${v}.`],
      ['version-unsupported', `Cluster ${x.name} runs Kubernetes ${v}, older than ${want.join('.')}.`],
      { version: v, minimum: want.join('.') },
    );
  },
);
