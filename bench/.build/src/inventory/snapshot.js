import { GLOBAL } from '../model/keys.js';
export const SNAPSHOT_SCHEMA = 'annexa.snapshot/v1';
/** Several accounts or subscriptions in one file, e.g. an organisation scan. */
export const SNAPSHOT_SET_SCHEMA = 'annexa.snapshots/v1';
/** Read-only access to a snapshot for checks. */
export class SnapshotView {
  snapshot;
  constructor(snapshot) {
    this.snapshot = snapshot;
  }
  get account() {
    return this.snapshot.account.id;
  }
  get partition() {
    return this.snapshot.account.partition;
  }
  get regions() {
    return this.snapshot.regions;
  }
  /** Undefined when the key was never collected (e.g. a snapshot saved for other checks). */
  entry(key, region) {
    const scope = key.scope === 'global' ? GLOBAL : region;
    if (scope === undefined) throw new Error(`regional key ${key.id} read without a region`);
    return this.snapshot.inventory[key.id]?.[scope];
  }
}
