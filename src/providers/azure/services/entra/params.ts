import { z } from 'zod';

/** Tunables of the Entra checks (`serviceParams: { azure.entra: { … } }`). */
export const ENTRA_PARAMS = z.object({
  staleGuestDays: z.number().int().positive().default(90).describe('A guest with no sign-in for more than this many days is stale.'),
  appSecretMaxDays: z
    .number()
    .int()
    .positive()
    .default(365)
    .describe('Longest acceptable lifetime of an app registration client secret, in days.'),
  appCertificateMaxDays: z
    .number()
    .int()
    .positive()
    .default(365)
    .describe('Longest acceptable lifetime of an app registration certificate credential, in days.'),
  credentialExpiryWarningDays: z
    .number()
    .int()
    .nonnegative()
    .default(30)
    .describe('An app credential that expires within this many days (or has expired) fails.'),
  globalAdminsMin: z.number().int().positive().default(2).describe('Fewest Global Administrators (so one can recover the other).'),
  globalAdminsMax: z.number().int().positive().default(4).describe('Most Global Administrators (CIS: fewer than five).'),
  permanentAssignmentsAllowed: z
    .array(z.string())
    .default([])
    .describe('Principal object ids allowed a standing privileged role (emergency access accounts).'),
  lockoutThresholdMax: z.number().int().positive().default(10).describe('Highest acceptable smart lockout threshold (failed sign-ins).'),
  lockoutDurationMinSeconds: z.number().int().positive().default(60).describe('Shortest acceptable smart lockout duration, in seconds.'),
});

export type EntraParams = z.infer<typeof ENTRA_PARAMS>;
