/** Shared rows for Key Vault checks. */

import type { SnapshotBuilder } from '../../../../../../test/support/snapshot.js';
import { listErrors } from '../../../cases.fixtures.js';
import { AZURE_KEY_VAULTS } from '../state.js';

export const vaultListErrors = (base?: () => SnapshotBuilder) =>
  listErrors(AZURE_KEY_VAULTS, 'Microsoft.KeyVault/vaults:list', 'Microsoft.KeyVault/vaults/read', base);
