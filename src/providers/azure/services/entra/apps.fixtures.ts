/** App registrations for the credential checks' cases (dates relative to the test clock). */
import { daysAgo, type SnapshotBuilder } from '../../../../../test/support/snapshot.js';
import { tenant } from './entra.fixtures.js';
import { type AppKeyCredential, type AppPasswordCredential, type AppRegistration, ENTRA_APPLICATIONS } from './state.js';

export const API = 'graph:GET /applications';

/** A credential valid from `startAgo` days ago to `endIn` days from now. */
export function cred(keyId: string, startAgo: number, endIn: number): AppPasswordCredential & AppKeyCredential {
  return { keyId, startDateTime: daysAgo(startAgo), endDateTime: daysAgo(-endIn) };
}

export function app(name: string, secrets: AppPasswordCredential[] = [], certificates: AppKeyCredential[] = []): AppRegistration {
  return { id: `obj-${name}`, appId: `app-${name}`, displayName: name, passwordCredentials: secrets, keyCredentials: certificates };
}

export function apps(...a: AppRegistration[]): SnapshotBuilder {
  return tenant().global(ENTRA_APPLICATIONS, a);
}
