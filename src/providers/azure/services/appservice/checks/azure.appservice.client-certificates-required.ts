import { either, itemCheck } from '../../../service-kit/check.js';
import { AZURE_WEB_APPS, SITE } from '../state.js';

export const appServiceClientCertificatesRequired = itemCheck(
  {
    id: 'azure.appservice.client-certificates-required',
    title: 'App Service apps require client certificates',
    service: 'appservice',
    resourceType: SITE,
    severity: 'low',
    rationale:
      'One result per web or function app. Passes when `clientCertEnabled` is true and `clientCertMode` is `Required`, so every TLS connection must present a client certificate (mutual TLS). Fails otherwise; `Optional` modes let clients connect without one. ' +
      'Meant for APIs called only by known systems; public sites can accept the failure as a documented exception.',
    remediation: {
      text: 'Set incoming client certificates to Required for apps that only machines call.',
      cli: 'az webapp update --resource-group <group> --name <app> --set clientCertEnabled=true clientCertMode=Required',
    },
  },
  AZURE_WEB_APPS,
  (s) => {
    const mode = s.properties.clientCertEnabled === true ? (s.properties.clientCertMode ?? 'Required') : 'Disabled';
    return either(
      mode === 'Required',
      ['client-cert-required', `App ${s.name} requires client certificates.`],
      ['client-cert-not-required', `App ${s.name} does not require client certificates (${mode}).`],
      { clientCertMode: mode },
    );
  },
);
