/**
 * Builders and case rows for the Event Hubs and Service Bus tables: both judge a namespace with the
 * shared judgements, so both are held to the same rows (plus each service's own tier rows).
 */
import type { CheckCase } from '../../../../../test/support/snapshot.js';
import type { InventoryKey, PerResource } from '../../../../model/keys.js';
import type { AzureCollector } from '../../context.js';
import { res } from '../../service-kit/cases.fixtures.js';
import { describeArmCollectors } from '../../service-kit/collect.fixtures.js';
import type { MessagingNamespace, NamespaceNetworkRuleSet } from './namespace-state.js';

type Build = (name: string, properties?: MessagingNamespace['properties'], tier?: string | null) => MessagingNamespace;
type Rows = [string, MessagingNamespace[], CheckCase['expected']][];

export function messagingNamespace(type: string): Build {
  return (name, properties = {}, tier = 'Standard') => ({ ...res(type, name, properties), ...(tier ? { sku: { name: tier, tier } } : {}) });
}

export const localAuthRows = (ns: Build): Rows => [
  ['disabled local auth passes', [ns('n', { disableLocalAuth: true })], [['pass', 'entra-only']]],
  ['false fails', [ns('n', { disableLocalAuth: false })], [['fail', 'sas-accepted']]],
  ['absent is the default and fails', [ns('n')], [['fail', 'sas-accepted']]],
];

type ChildRows = [string, MessagingNamespace[], NamespaceNetworkRuleSet[], CheckCase['expected']][];

/** A network rule set answering `publicNetworkAccess` (absent when undefined). */
export const ruleSet = (publicNetworkAccess?: string, defaultAction = 'Allow'): NamespaceNetworkRuleSet => ({
  properties: { defaultAction, ...(publicNetworkAccess ? { publicNetworkAccess } : {}) },
});

export const publicNetworkRows = (ns: Build): ChildRows => [
  ['Disabled passes', [ns('n', { publicNetworkAccess: 'Disabled' })], [ruleSet('Disabled')], [['pass', 'public-disabled']]],
  [
    'SecuredByPerimeter passes',
    [ns('n', { publicNetworkAccess: 'SecuredByPerimeter' })],
    [ruleSet('SecuredByPerimeter')],
    [['pass', 'secured-by-perimeter']],
  ],
  ['Enabled fails', [ns('n', { publicNetworkAccess: 'Enabled' })], [ruleSet('Enabled')], [['fail', 'public-enabled']]],
  ['absent means Enabled and fails', [ns('n')], [ruleSet('Enabled')], [['fail', 'public-enabled']]],
  [
    'Enabled with a Deny rule set and no rules still fails',
    [ns('n', { publicNetworkAccess: 'Enabled' }, 'Premium')],
    [ruleSet('Enabled', 'Deny')],
    [['fail', 'public-enabled']],
  ],
  [
    'a Disabled namespace whose rule set enables public access fails',
    [ns('n', { publicNetworkAccess: 'Disabled' }, 'Premium')],
    [ruleSet('Enabled')],
    [['fail', 'rule-set-public']],
  ],
  [
    'a Disabled namespace whose rule set reports no access setting is an error',
    [ns('n', { publicNetworkAccess: 'Disabled' }, 'Premium')],
    [ruleSet()],
    [['error', 'error.unknown']],
  ],
  [
    'a private endpoint alone leaves the public endpoint open',
    [
      ns(
        'n',
        {
          publicNetworkAccess: 'Enabled',
          privateEndpointConnections: [{ id: '/pe', properties: { privateLinkServiceConnectionState: { status: 'Approved' } } }],
        },
        'Premium',
      ),
    ],
    [ruleSet('Enabled')],
    [['fail', 'public-enabled']],
  ],
];

export const minTlsRows = (ns: Build): Rows => [
  ['1.2 passes', [ns('n', { minimumTlsVersion: '1.2' })], [['pass', 'tls12']]],
  ['1.3 passes', [ns('n', { minimumTlsVersion: '1.3' })], [['pass', 'tls12']]],
  ['1.0 fails', [ns('n', { minimumTlsVersion: '1.0' })], [['fail', 'tls-legacy']]],
  ['1.1 fails', [ns('n', { minimumTlsVersion: '1.1' })], [['fail', 'tls-legacy']]],
  ['absent is an error', [ns('n')], [['error', 'error.unknown']]],
];

/** Premium rows shared by both services; each adds the rows of its own other tiers. */
export const cmkRows = (ns: Build): Rows => [
  [
    'Premium with a Key Vault key passes',
    [
      ns(
        'n',
        { encryption: { keySource: 'Microsoft.KeyVault', keyVaultProperties: [{ keyName: 'k', keyVaultUri: 'https://v' }] } },
        'Premium',
      ),
    ],
    [['pass', 'cmk']],
  ],
  ['Premium with platform keys fails', [ns('n', {}, 'Premium')], [['fail', 'platform-key']]],
  [
    'Key Vault named without a key fails',
    [ns('n', { encryption: { keySource: 'Microsoft.KeyVault', keyVaultProperties: [] } }, 'Premium')],
    [['fail', 'platform-key']],
  ],
  ['Standard is not applicable', [ns('n', {}, 'Standard')], [['not_applicable', 'tier-without-cmk']]],
  ['Basic is not applicable', [ns('n', {}, 'Basic')], [['not_applicable', 'tier-without-cmk']]],
  ['no sku is an error', [ns('n', {}, null)], [['error', 'error.unknown']]],
];

/** The shared collector tests over one namespace list; no endpoint or key text reaches the snapshot. */
export function describeNamespaceCollectors(
  service: string,
  collectors: readonly AzureCollector<unknown>[],
  key: InventoryKey<MessagingNamespace[]>,
  rules: InventoryKey<PerResource<NamespaceNetworkRuleSet>>,
  type: string,
): void {
  describeArmCollectors(service, collectors, [
    {
      key: key as InventoryKey<unknown[]>,
      type,
      extra: {
        sku: { name: 'Premium', tier: 'Premium' },
        properties: { disableLocalAuth: true, minimumTlsVersion: '1.2', serviceBusEndpoint: 'https://s3cret.servicebus.windows.net' },
      },
      children: [
        {
          key: rules as InventoryKey<PerResource<unknown>>,
          suffix: '/networkRuleSets/default',
          answer: { body: { properties: { publicNetworkAccess: 'Disabled', defaultAction: 'Deny', ipRules: [{ ipMask: 's3cret' }] } } },
        },
      ],
    },
  ]);
}
