/** Shared rows for Key Vault checks. */
import { AZURE_KEY_VAULTS } from '../../../../src/providers/azure/inventory/keyvault.js';
import type { SnapshotBuilder } from '../../../support/snapshot.js';
import { listErrors } from '../azure-cases.js';

export const vaultListErrors = (base?: () => SnapshotBuilder) =>
  listErrors(AZURE_KEY_VAULTS, 'Microsoft.KeyVault/vaults:list', 'Microsoft.KeyVault/vaults/read', base);
