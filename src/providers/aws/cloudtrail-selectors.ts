/**
 * CloudTrail event selectors, basic ("classic") and advanced, read as CloudTrail applies them
 * (CloudTrail User Guide, "Logging management events" and "Logging data events"):
 * - basic selectors: `IncludeManagementEvents` (default true) with `ReadWriteType` (default
 *   All) record management events; `DataResources` of type `AWS::S3::Object` record S3
 *   object-level events for every bucket (`arn:aws:s3` or `arn:aws:s3:::`) or for the listed
 *   bucket ARNs (`arn:aws:s3:::bucket/`, or a prefix below it, which covers part of it only);
 * - advanced selectors: each selector's field conditions are ANDed and selectors are ORed;
 *   `eventCategory` picks Management or Data, `readOnly` narrows to reads or writes,
 *   `resources.type` picks the data-event type, `resources.ARN` narrows to buckets.
 *   Any other narrowing (event names, user identities…) records only a subset, so it cannot
 *   vouch for "all" events; excluding named event sources from management events is the one
 *   narrowing AWS documents (KMS, RDS Data API), and it is reported rather than failed.
 * Pure, and shaped like the SDK's answer so the collector can pass it through.
 */

export type ManagementEventCoverage = 'all' | 'readOnly' | 'writeOnly' | 'none';

export interface ClassicSelector {
  ReadWriteType?: string | undefined;
  IncludeManagementEvents?: boolean | undefined;
  ExcludeManagementEventSources?: readonly string[] | undefined;
  DataResources?: readonly { Type?: string | undefined; Values?: readonly string[] | undefined }[] | undefined;
}

export interface FieldSelector {
  Field: string | undefined;
  Equals?: readonly string[] | undefined;
  StartsWith?: readonly string[] | undefined;
  EndsWith?: readonly string[] | undefined;
  NotEquals?: readonly string[] | undefined;
  NotStartsWith?: readonly string[] | undefined;
  NotEndsWith?: readonly string[] | undefined;
}

export interface AdvancedSelector {
  FieldSelectors: readonly FieldSelector[] | undefined;
}

/** Which S3 buckets' object-level events are recorded in one direction (read or write). */
export interface S3DataEventCoverage {
  /** Every bucket, current and future. */
  allBuckets: boolean;
  /** Buckets recorded in full, by name. */
  buckets: string[];
}

export interface TrailSelectorSemantics {
  style: 'classic' | 'advanced' | 'none';
  managementEvents: ManagementEventCoverage;
  excludedManagementEventSources: string[];
  s3DataEvents: { read: S3DataEventCoverage; write: S3DataEventCoverage };
}

interface Covered {
  read: boolean;
  write: boolean;
  excluded: Set<string>;
}

interface DataCovered {
  read: { all: boolean; buckets: Set<string> };
  write: { all: boolean; buckets: Set<string> };
}

function coverage(c: Covered): ManagementEventCoverage {
  if (c.read && c.write) return 'all';
  if (c.read) return 'readOnly';
  return c.write ? 'writeOnly' : 'none';
}

/** Whether a value satisfies one field selector: conditions of different operators all hold. */
export function fieldMatches(f: FieldSelector, v: string): boolean {
  if (f.Equals?.length && !f.Equals.includes(v)) return false;
  if (f.StartsWith?.length && !f.StartsWith.some((p) => v.startsWith(p))) return false;
  if (f.EndsWith?.length && !f.EndsWith.some((p) => v.endsWith(p))) return false;
  if (f.NotEquals?.includes(v)) return false;
  if (f.NotStartsWith?.some((p) => v.startsWith(p))) return false;
  if (f.NotEndsWith?.some((p) => v.endsWith(p))) return false;
  return true;
}

/** A field that only names values to leave out (`NotEquals`) and sets no other condition. */
function onlyNotEquals(f: FieldSelector): boolean {
  const others = [f.Equals, f.StartsWith, f.EndsWith, f.NotStartsWith, f.NotEndsWith];
  return !!f.NotEquals?.length && others.every((o) => !o?.length);
}

function newData(): DataCovered {
  return { read: { all: false, buckets: new Set() }, write: { all: false, buckets: new Set() } };
}

/** A whole-bucket S3 ARN value (`arn:aws:s3:::bucket/` or `arn:aws:s3:::bucket`) → the bucket; a prefix below it → undefined. */
function wholeBucket(value: string): string | undefined {
  const m = /^arn:[^:]+:s3:::([^/]+)\/?$/.exec(value);
  return m?.[1];
}

function allBucketsValue(value: string): boolean {
  return /^arn:[^:]+:s3(:::)?$/.test(value);
}

function record(d: DataCovered, read: boolean, write: boolean, all: boolean, buckets: readonly string[]): void {
  for (const [on, side] of [
    [read, d.read],
    [write, d.write],
  ] as const) {
    if (!on) continue;
    side.all ||= all;
    for (const b of buckets) side.buckets.add(b);
  }
}

function fromClassic(selectors: readonly ClassicSelector[]): { c: Covered; d: DataCovered } {
  const c: Covered = { read: false, write: false, excluded: new Set() };
  const d = newData();
  for (const s of selectors) {
    // The API defaults both fields (true, All) when a selector omits them.
    const rw = s.ReadWriteType ?? 'All';
    const read = rw === 'All' || rw === 'ReadOnly';
    const write = rw === 'All' || rw === 'WriteOnly';
    if (s.IncludeManagementEvents !== false) {
      c.read ||= read;
      c.write ||= write;
      for (const src of s.ExcludeManagementEventSources ?? []) c.excluded.add(src);
    }
    for (const r of s.DataResources ?? []) {
      if (r.Type !== 'AWS::S3::Object') continue;
      const values = r.Values ?? [];
      const buckets = values.map(wholeBucket).filter((b): b is string => b !== undefined);
      record(d, read, write, values.some(allBucketsValue), buckets);
    }
  }
  return { c, d };
}

function readWrite(fields: readonly FieldSelector[]): { read: boolean; write: boolean } {
  const readOnly = fields.find((f) => f.Field === 'readOnly');
  return { read: !readOnly || fieldMatches(readOnly, 'true'), write: !readOnly || fieldMatches(readOnly, 'false') };
}

function managementFromAdvanced(fields: readonly FieldSelector[], c: Covered): void {
  const excluded: string[] = [];
  for (const f of fields) {
    if (f.Field === 'eventCategory' || f.Field === 'readOnly') continue;
    if (f.Field === 'eventSource' && onlyNotEquals(f)) excluded.push(...(f.NotEquals ?? []));
    else return; // any other condition records a subset only
  }
  const { read, write } = readWrite(fields);
  c.read ||= read;
  c.write ||= write;
  for (const src of excluded) c.excluded.add(src);
}

function s3DataFromAdvanced(fields: readonly FieldSelector[], d: DataCovered): void {
  const type = fields.find((f) => f.Field === 'resources.type');
  if (!type || !fieldMatches(type, 'AWS::S3::Object')) return;
  let arn: FieldSelector | undefined;
  for (const f of fields) {
    if (f.Field === 'eventCategory' || f.Field === 'readOnly' || f.Field === 'resources.type') continue;
    if (f.Field === 'resources.ARN') arn = f;
    else return; // event names, identities…: a subset of object operations
  }
  const { read, write } = readWrite(fields);
  if (!arn) {
    record(d, read, write, true, []);
    return;
  }
  // Only a plain list of whole-bucket prefixes says which buckets are recorded in full.
  const others = [arn.Equals, arn.EndsWith, arn.NotEquals, arn.NotStartsWith, arn.NotEndsWith];
  if (!arn.StartsWith?.length || others.some((o) => o?.length)) return;
  const buckets = arn.StartsWith.filter((v) => v.endsWith('/'))
    .map(wholeBucket)
    .filter((b): b is string => b !== undefined);
  record(d, read, write, false, buckets);
}

function fromAdvanced(selectors: readonly AdvancedSelector[]): { c: Covered; d: DataCovered } {
  const c: Covered = { read: false, write: false, excluded: new Set() };
  const d = newData();
  for (const s of selectors) {
    const fields = s.FieldSelectors ?? [];
    const category = fields.find((f) => f.Field === 'eventCategory');
    if (!category) continue;
    if (fieldMatches(category, 'Management')) managementFromAdvanced(fields, c);
    if (fieldMatches(category, 'Data')) s3DataFromAdvanced(fields, d);
  }
  return { c, d };
}

function dataOut(side: { all: boolean; buckets: Set<string> }): S3DataEventCoverage {
  return { allBuckets: side.all, buckets: side.all ? [] : [...side.buckets].sort() };
}

export function readSelectors(
  classic: readonly ClassicSelector[] | undefined,
  advanced: readonly AdvancedSelector[] | undefined,
): TrailSelectorSemantics {
  // A trail uses one style or the other; AWS returns only the one in use.
  const style = advanced?.length ? 'advanced' : classic?.length ? 'classic' : 'none';
  const { c, d } = style === 'advanced' ? fromAdvanced(advanced!) : fromClassic(classic ?? []);
  return {
    style,
    managementEvents: coverage(c),
    excludedManagementEventSources: [...c.excluded].sort(),
    s3DataEvents: { read: dataOut(d.read), write: dataOut(d.write) },
  };
}

/** Whether a coverage records a bucket's object-level events in full. */
export function coversBucket(c: S3DataEventCoverage, bucket: string): boolean {
  return c.allBuckets || c.buckets.includes(bucket);
}
