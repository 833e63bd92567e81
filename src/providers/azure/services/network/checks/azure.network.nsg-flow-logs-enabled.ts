import type { Check } from '../../../../../model/check.js';
import { errorFinding, fail, notApplicable, pass, readFetched } from '../../../../check-kit.js';
import { normalArmId, normalLocation } from '../../../arm-state.js';
import { eachItem, lookupArm } from '../../../check-kit.js';
import { AZURE_FLOW_LOGS, AZURE_NETWORK_WATCHERS, AZURE_NSGS, type FlowLog, type NetworkSecurityGroup } from '../state.js';
import { NSG_TYPE } from './azure.network.nsg-no-admin-ports-open.js';

/** A subnet id's virtual network: the id up to `/subnets/`. */
function vnetOf(subnetId: string): string {
  const i = subnetId.toLowerCase().indexOf('/subnets/');
  return i < 0 ? subnetId : subnetId.slice(0, i);
}

/** Where an NSG's traffic can be logged: the NSG itself, or each subnet (or its VNet) and NIC it is attached to. */
function coverage(nsg: NetworkSecurityGroup, logged: Set<string>): { direct: boolean; uncovered: string[]; attachments: number } {
  const subnets = nsg.properties.subnets ?? [];
  const nics = nsg.properties.networkInterfaces ?? [];
  const has = (id: string): boolean => logged.has(normalArmId(id));
  const uncovered = [
    ...subnets.filter((s) => !has(s.id) && !has(vnetOf(s.id))).map((s) => s.id),
    ...nics.filter((n) => !has(n.id)).map((n) => n.id),
  ];
  return { direct: has(nsg.id), uncovered, attachments: subnets.length + nics.length };
}

export const networkNsgFlowLogsEnabled: Check = {
  meta: {
    id: 'azure.network.nsg-flow-logs-enabled',
    title: 'Traffic through network security groups is flow-logged',
    provider: 'azure',
    service: 'network',
    resourceType: NSG_TYPE,
    severity: 'medium',
    requires: [AZURE_NSGS, AZURE_NETWORK_WATCHERS, AZURE_FLOW_LOGS],
    rationale:
      'For every NSG, reads the flow logs of the Network Watcher in its region. Passes when an enabled flow log targets the NSG, or when every subnet and network interface the NSG is attached to is covered by an enabled virtual-network, subnet or interface flow log (the successor to NSG flow logs). ' +
      'Fails when there is no Network Watcher in the region or the traffic is not logged. An NSG attached to nothing carries no traffic and is not_applicable. Flow logs that could not be read for the region are an error. ' +
      'Flow logs are the record of which addresses reached what; without them, scanning, lateral movement and exfiltration leave no network trace to investigate.',
    remediation: {
      text: 'Enable Network Watcher in the region and create a virtual network flow log (or an NSG flow log) sending to a storage account, ideally with traffic analytics.',
      cli: 'az network watcher flow-log create --location <region> --resource-group <group> --name <name> --vnet <vnet-id> --storage-account <storage-id> --enabled true',
    },
  },
  evaluate(ctx) {
    const watchers = readFetched(ctx, AZURE_NETWORK_WATCHERS);
    return eachItem(ctx, AZURE_NSGS, NSG_TYPE, (nsg, resource) => {
      if (!watchers.ok) return errorFinding(resource, watchers.error);
      const here = watchers.value.filter((w) => normalLocation(w.location) === normalLocation(nsg.location));
      const logs: FlowLog[] = [];
      for (const w of here) {
        const got = lookupArm(ctx, AZURE_FLOW_LOGS, w.id);
        if (!got.ok) return errorFinding(resource, got.error);
        logs.push(...got.value);
      }
      const enabled = logs.filter((f) => f.properties.enabled === true);
      const cov = coverage(nsg, new Set(enabled.map((f) => normalArmId(f.properties.targetResourceId))));
      const observed = {
        networkWatchers: here.length,
        enabledFlowLogTargets: enabled.map((f) => f.properties.targetResourceId).sort(),
        uncovered: cov.uncovered,
      };
      if (cov.direct) return pass(resource, 'nsg-flow-log', `NSG ${nsg.name} has an enabled flow log.`, observed);
      if (cov.attachments === 0)
        return notApplicable(resource, 'nsg-unattached', `NSG ${nsg.name} is attached to no subnet or network interface.`, observed);
      if (cov.uncovered.length === 0)
        return pass(
          resource,
          'attachments-flow-logged',
          `All traffic through NSG ${nsg.name} is flow-logged at its virtual networks, subnets or interfaces.`,
          observed,
        );
      if (here.length === 0)
        return fail(
          resource,
          'no-network-watcher',
          `NSG ${nsg.name} is in ${nsg.location}, where no Network Watcher is enabled.`,
          observed,
        );
      return fail(
        resource,
        'no-flow-log',
        `NSG ${nsg.name} has ${cov.uncovered.length} attachment(s) whose traffic is not flow-logged.`,
        observed,
      );
    });
  },
};
