import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { armApiName } from '../../../src/providers/azure/clients.js';
import { azureCredential, azureGraphCredential, resolveCloud, staticTokenCredential } from '../../../src/providers/azure/credentials.js';

const jwt = (exp: number): string => ['e30', Buffer.from(JSON.stringify({ exp })).toString('base64url'), 'sig'].join('.');

describe('Azure clouds and credentials', () => {
  it('maps each sovereign cloud to its ARM endpoint, token audience and authority', () => {
    expect(resolveCloud(undefined)).toEqual({
      name: 'AzureCloud',
      armEndpoint: 'https://management.azure.com',
      scope: 'https://management.azure.com/.default',
      authorityHost: 'https://login.microsoftonline.com',
      graphEndpoint: 'https://graph.microsoft.com',
      graphScope: 'https://graph.microsoft.com/.default',
    });
    expect(resolveCloud('AzureUSGovernment')).toMatchObject({
      armEndpoint: 'https://management.usgovcloudapi.net',
      authorityHost: 'https://login.microsoftonline.us',
      graphEndpoint: 'https://graph.microsoft.us',
    });
    expect(resolveCloud('AzureChinaCloud')).toMatchObject({ graphScope: 'https://microsoftgraph.chinacloudapi.cn/.default' });
    expect(resolveCloud(undefined, undefined, 'https://dod-graph.microsoft.us/')).toMatchObject({
      name: 'AzureCloud',
      graphEndpoint: 'https://dod-graph.microsoft.us',
      graphScope: 'https://dod-graph.microsoft.us/.default',
    });
    expect(resolveCloud('AzureChinaCloud', 'https://arm.contoso.example/')).toEqual({
      name: 'custom',
      armEndpoint: 'https://arm.contoso.example',
      scope: 'https://arm.contoso.example/.default',
      authorityHost: 'https://login.chinacloudapi.cn',
      graphEndpoint: 'https://microsoftgraph.chinacloudapi.cn',
      graphScope: 'https://microsoftgraph.chinacloudapi.cn/.default',
    });
  });

  it('rejects a bad cloud or endpoint with the flag named', () => {
    expect(() => resolveCloud('AzureGermanCloud')).toThrow(
      new InputError('--azure-cloud', '"AzureGermanCloud" is not a known cloud (AzureCloud, AzureChinaCloud, AzureUSGovernment)'),
    );
    expect(() => resolveCloud(undefined, 'not a url')).toThrow(/^--arm-endpoint: "not a url" is not a URL/);
    expect(() => resolveCloud(undefined, 'http://localhost:8080')).toThrow(/^--arm-endpoint: .* must be an https:\/\/ URL/);
    expect(() => resolveCloud(undefined, undefined, 'http://graph.local')).toThrow(/^--graph-endpoint: .* must be an https:\/\/ URL/);
  });

  it('AZURE_ACCESS_TOKEN wins over the login chain and keeps its JWT expiry', async () => {
    const exp = Math.floor(Date.now() / 1000) + 600;
    const cred = await azureCredential({ cloud: resolveCloud(undefined), env: { AZURE_ACCESS_TOKEN: ` ${jwt(exp)} ` } });
    expect(await cred.getToken('https://management.azure.com/.default')).toEqual({ token: jwt(exp), expiresOnTimestamp: exp * 1000 });
  });

  it('AZURE_GRAPH_ACCESS_TOKEN is checked like the ARM one: audience, expiry and tenant', async () => {
    const token = (claims: object): string => ['e30', Buffer.from(JSON.stringify(claims)).toString('base64url'), 'sig'].join('.');
    const cloud = resolveCloud(undefined);
    const arm = staticTokenCredential('arm');
    const graph = token({ aud: 'https://graph.microsoft.com', tid: '11111111-2222-3333-4444-555555555555', exp: 4_000_000_000 });
    const cred = azureGraphCredential({ cloud, env: { AZURE_GRAPH_ACCESS_TOKEN: graph, AZURE_ACCESS_TOKEN: 'arm' } }, arm);
    expect((await cred.getToken('https://graph.microsoft.com/.default'))?.token).toBe(graph);
    expect(() =>
      azureGraphCredential(
        { cloud, env: { AZURE_GRAPH_ACCESS_TOKEN: token({ aud: 'https://management.azure.com', exp: 4_000_000_000 }) } },
        arm,
      ),
    ).toThrow(
      /^AZURE_GRAPH_ACCESS_TOKEN: the token is for "https:\/\/management.azure.com", not Microsoft Graph \(https:\/\/graph.microsoft.com\)/,
    );
    expect(() =>
      azureGraphCredential(
        { cloud, env: { AZURE_GRAPH_ACCESS_TOKEN: token({ aud: '00000003-0000-0000-c000-000000000000', exp: 1 }) } },
        arm,
      ),
    ).toThrow(/^AZURE_GRAPH_ACCESS_TOKEN: the token expired/);
    expect(() =>
      azureGraphCredential({ cloud, tenant: '99999999-2222-3333-4444-555555555555', env: { AZURE_GRAPH_ACCESS_TOKEN: graph } }, arm),
    ).toThrow(/^--tenant: AZURE_GRAPH_ACCESS_TOKEN was issued in tenant 11111111/);
    // No Graph token of its own: the login chain serves Graph too.
    expect(azureGraphCredential({ cloud, env: {} }, arm)).toBe(arm);
  });

  it('an expired pre-issued token is bad input, not a scan full of errors', () => {
    expect(() => staticTokenCredential(jwt(1_700_000_000), 1_800_000_000_000)).toThrow(
      /^AZURE_ACCESS_TOKEN: the token expired at 2023-11-14T22:13:20.000Z/,
    );
  });

  it('a pre-issued token for another resource or cloud is bad input; the az CLI audience is accepted', () => {
    const token = (aud: string): string =>
      ['e30', Buffer.from(JSON.stringify({ aud, exp: 2_000_000_000 })).toString('base64url'), 'sig'].join('.');
    const now = 1_800_000_000_000;
    expect(() => staticTokenCredential(token('https://graph.microsoft.com'), now, resolveCloud(undefined))).toThrow(
      /^AZURE_ACCESS_TOKEN: the token is for "https:\/\/graph.microsoft.com", not Azure Resource Manager in AzureCloud/,
    );
    expect(() => staticTokenCredential(token('https://management.core.windows.net/'), now, resolveCloud('AzureUSGovernment'))).toThrow(
      /not Azure Resource Manager in AzureUSGovernment/,
    );
    for (const aud of [
      'https://management.core.windows.net/',
      'https://management.azure.com/',
      'https://management.azure.com',
      '797f4846-ba00-4fd7-ba43-dac1f8f63013',
    ]) {
      expect(() => staticTokenCredential(token(aud), now, resolveCloud(undefined))).not.toThrow();
    }
    expect(() =>
      staticTokenCredential(token('https://management.core.usgovcloudapi.net/'), now, resolveCloud('AzureUSGovernment')),
    ).not.toThrow();
    expect(() =>
      staticTokenCredential(token('https://management.core.chinacloudapi.cn/'), now, resolveCloud('AzureChinaCloud')),
    ).not.toThrow();
    // A custom endpoint's audience is its own business.
    expect(() =>
      staticTokenCredential(token('https://arm.contoso.example'), now, resolveCloud(undefined, 'https://arm.contoso.example')),
    ).not.toThrow();
  });

  it('a --tenant id that contradicts the pre-issued token is bad input', async () => {
    const token = [
      'e30',
      Buffer.from(JSON.stringify({ tid: '11111111-1111-1111-1111-111111111111', exp: Math.floor(Date.now() / 1000) + 600 })).toString(
        'base64url',
      ),
      'sig',
    ].join('.');
    const env = { AZURE_ACCESS_TOKEN: token };
    await expect(azureCredential({ tenant: '22222222-2222-2222-2222-222222222222', cloud: resolveCloud(undefined), env })).rejects.toThrow(
      /^--tenant: AZURE_ACCESS_TOKEN was issued in tenant 11111111-1111-1111-1111-111111111111, not 22222222/,
    );
    await expect(
      azureCredential({ tenant: '11111111-1111-1111-1111-111111111111', cloud: resolveCloud(undefined), env }),
    ).resolves.toBeDefined();
    await expect(azureCredential({ tenant: 'contoso.onmicrosoft.com', cloud: resolveCloud(undefined), env })).resolves.toBeDefined();
  });

  it('builds DefaultAzureCredential for the tenant, and refuses a malformed tenant', async () => {
    const cred = await azureCredential({ tenant: 'contoso.onmicrosoft.com', cloud: resolveCloud(undefined), env: {} });
    expect(cred.constructor.name).toBe('DefaultAzureCredential');
    await expect(azureCredential({ tenant: 'a b', cloud: resolveCloud(undefined), env: {} })).rejects.toThrow(/^--tenant: "a b"/);
  });
});

describe('armApiName', () => {
  it.each([
    [
      'GET',
      'https://management.azure.com/subscriptions/s/providers/Microsoft.Storage/storageAccounts?api-version=1',
      'Microsoft.Storage/storageAccounts:list',
    ],
    [
      'GET',
      'https://management.azure.com/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/a/blobServices/default',
      'Microsoft.Storage/storageAccounts/blobServices:get',
    ],
    [
      'GET',
      'https://management.azure.com/subscriptions/s/resourcegroups?$skiptoken=2',
      'Microsoft.Resources/subscriptions/resourceGroups:list',
    ],
    ['GET', 'https://management.azure.com/subscriptions', 'Microsoft.Resources/subscriptions:list'],
    ['GET', 'https://management.azure.com/subscriptions/s', 'Microsoft.Resources/subscriptions:get'],
    [
      'GET',
      'https://management.azure.com/providers/Microsoft.Management/managementGroups/mg/descendants',
      'Microsoft.Management/managementGroups/descendants:list',
    ],
    [
      'GET',
      'https://management.azure.com/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkWatchers/nw/providers/Microsoft.Insights/diagnosticSettings',
      'Microsoft.Insights/diagnosticSettings:list',
    ],
    [
      'POST',
      'https://management.azure.com/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/a/listKeys',
      'Microsoft.Storage/storageAccounts/listKeys:post',
    ],
  ])('%s %s → %s', (method, url, name) => expect(armApiName(method, url)).toBe(name));
});
