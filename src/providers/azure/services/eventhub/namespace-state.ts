/**
 * Held by the Event Hubs folder and read by the Service Bus folder as its SDK-free state: both resource providers answer a namespace with
 * the same property names (`disableLocalAuth`, `publicNetworkAccess`, `minimumTlsVersion`,
 * `encryption`), so the SDK-free state and its pure readings live here once (the projection is in
 * `namespace-collect.ts`). Each service's check files state the meta and rationale from that
 * service's own documentation.
 */
import type { CheckContext } from '../../../../model/check.js';
import type { ArmResource, PrivateEndpointConnection } from '../../arm-state.js';
import { bad, either, missing, ok, skip, type Verdict } from '../../service-kit/check.js';

/** `GET /subscriptions/{id}/providers/Microsoft.{EventHub|ServiceBus}/namespaces`. */
export interface MessagingNamespace extends ArmResource {
  /** `Basic`, `Standard` or `Premium` (name and tier carry the same value). */
  sku?: { name?: string; tier?: string };
  properties: {
    /** True: SAS keys and rules are refused; only Entra ID tokens authorise. Absent means false. */
    disableLocalAuth?: boolean;
    /** `Enabled`, `Disabled` or `SecuredByPerimeter`; absent means Enabled (the documented default). */
    publicNetworkAccess?: string;
    /** `1.0`, `1.1`, `1.2` or `1.3`. */
    minimumTlsVersion?: string;
    /** Present with `keySource: Microsoft.KeyVault` when customer-managed keys encrypt the namespace. */
    encryption?: {
      keySource?: string;
      keyVaultProperties?: { keyName?: string; keyVaultUri?: string }[];
      requireInfrastructureEncryption?: boolean;
    };
    /** Event Hubs only: set when the namespace runs in a Dedicated cluster. */
    clusterArmId?: string;
    privateEndpointConnections?: PrivateEndpointConnection[];
  };
}

/**
 * `GET {namespace}/networkRuleSets/default`: the namespace's network rule set. It carries its own
 * `publicNetworkAccess`, and when it differs from the namespace's the rule set's value is the one
 * that takes effect (Azure's built-in public network policies audit both).
 */
export interface NamespaceNetworkRuleSet {
  properties?: {
    /** `Enabled`, `Disabled` or `SecuredByPerimeter`. */
    publicNetworkAccess?: string;
    /** `Allow` or `Deny`: what the public endpoint does with traffic no IP or VNet rule names. */
    defaultAction?: string;
  };
}

/** The network rule set read of a namespace type and its RBAC read action. */
export function ruleSetGet(type: string): { api: string; action: string } {
  return { api: `${type}/networkRuleSets:get`, action: `${type}/networkRuleSets/read` };
}

/** The subscription-wide list of a namespace type and its RBAC read action, named when an answer lacks a field. */
export function namespaceList(type: string): { api: string; action: string } {
  return { api: `${type}:list`, action: `${type}/read` };
}

type Judge = (ns: MessagingNamespace, ctx: CheckContext) => Verdict;

/** Passes only on `disableLocalAuth: true`; absent is the default, SAS accepted. */
export const localAuthJudge: Judge = (ns) =>
  either(
    ns.properties.disableLocalAuth === true,
    ['entra-only', `Namespace ${ns.name} refuses SAS keys; only Entra ID tokens authorise.`],
    ['sas-accepted', `Namespace ${ns.name} accepts shared access signature keys.`],
  );

const CLOSED = new Set(['disabled', 'securedbyperimeter']);

/**
 * `Disabled` passes; `SecuredByPerimeter` passes (public traffic only as the perimeter's rules admit);
 * `Enabled` or absent (the default) fails, whatever IP rules apply: the public endpoint still answers.
 * A closed namespace whose network rule set says `Enabled` fails too: the rule set's value wins.
 */
export function publicNetworkJudge(type: string) {
  const { api, action } = ruleSetGet(type);
  return (ns: MessagingNamespace, rules: NamespaceNetworkRuleSet): Verdict => {
    const access = ns.properties.publicNetworkAccess ?? 'Enabled';
    const ruleSet = rules.properties?.publicNetworkAccess;
    const observed = {
      publicNetworkAccess: access,
      ruleSetPublicNetworkAccess: ruleSet ?? null,
      ruleSetDefaultAction: rules.properties?.defaultAction ?? null,
      sku: ns.sku?.tier ?? ns.sku?.name ?? null,
    };
    if (!CLOSED.has(access.toLowerCase()))
      return bad('public-enabled', `Namespace ${ns.name} accepts connections over its public endpoint.`, observed);
    if (ruleSet === undefined) return missing(api, action, `the network rule set of namespace ${ns.name} reports no publicNetworkAccess`);
    if (!CLOSED.has(ruleSet.toLowerCase()))
      return bad(
        'rule-set-public',
        `Namespace ${ns.name} is set to ${access}, but its network rule set enables public network access, which overrides it.`,
        observed,
      );
    if (access.toLowerCase() === 'disabled')
      return ok('public-disabled', `Namespace ${ns.name} has public network access disabled.`, observed);
    return ok('secured-by-perimeter', `Namespace ${ns.name} admits public traffic only through its network security perimeter.`, observed);
  };
}

/** A numeric TLS floor of 1.2 or above passes; an answer without the field is an error naming it. */
export function minTlsJudge(type: string): Judge {
  const { api, action } = namespaceList(type);
  return (ns) => {
    const v = ns.properties.minimumTlsVersion;
    if (v === undefined) return missing(api, action, `namespace ${ns.name} reports no minimumTlsVersion`);
    return either(
      Number.parseFloat(v) >= 1.2,
      ['tls12', `Namespace ${ns.name} requires TLS ${v} or later.`],
      ['tls-legacy', `Namespace ${ns.name} accepts TLS ${v}.`],
      { minimumTlsVersion: v },
    );
  };
}

/** The tier a namespace reports; absent is an error (ARM always answers a namespace with its SKU). */
export function tierOf(ns: MessagingNamespace): string | undefined {
  return ns.sku?.tier ?? ns.sku?.name;
}

/** CMK judgement where `eligible` says whether the tier offers customer-managed keys at all. */
export function cmkJudge(type: string, eligible: (ns: MessagingNamespace) => boolean, tiers: string): Judge {
  const { api, action } = namespaceList(type);
  return (ns) => {
    if (tierOf(ns) === undefined && !ns.properties.clusterArmId) return missing(api, action, `namespace ${ns.name} reports no sku`);
    if (!eligible(ns)) return skip('tier-without-cmk', `Namespace ${ns.name} is ${tierOf(ns)}; customer-managed keys need ${tiers}.`);
    const enc = ns.properties.encryption;
    return either(
      enc?.keySource === 'Microsoft.KeyVault' && (enc.keyVaultProperties?.length ?? 0) > 0,
      ['cmk', `Namespace ${ns.name} is encrypted with a customer-managed key.`],
      ['platform-key', `Namespace ${ns.name} uses Microsoft-managed keys.`],
    );
  };
}
