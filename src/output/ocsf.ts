import { join } from 'node:path';
import { ALL_CHECKS } from '../engine/registry.js';
import { turn, turnDue } from '../loop-turn.js';
import type { CheckMeta } from '../model/check.js';
import type { EvidenceItem } from '../model/evidence.js';
import type { Severity, Status } from '../model/status.js';
import { TOOL_VERSION } from '../paths.js';
import { PROVIDERS } from '../providers/index.js';
import { writeFileAtomicStreamAsync } from '../safe-fs.js';
import type { ControlSummary, ResultDocument } from './result.js';
import { INFORMATION_URI } from './sarif.js';

export const OCSF_FILE = 'annexa-result.ocsf.jsonl';
export const OCSF_VERSION = '1.5.0';

/** Findings category and the two classes we write (class_uid = category × 1000 + class). */
const FINDINGS = { uid: 2, name: 'Findings' } as const;
const DETECTION = { uid: 2004, name: 'Detection Finding' } as const;
const COMPLIANCE = { uid: 2003, name: 'Compliance Finding' } as const;
/** Activity 1 (Create): each scan reports its findings afresh. */
const CREATE = { id: 1, name: 'Create' } as const;
const ISO = 'iso27001:2022';
const ISO_STANDARD = 'ISO/IEC 27001:2022';

/** OCSF severity_id: 1 Informational … 5 Critical. */
const SEVERITY: Record<Severity, { id: number; name: string }> = {
  info: { id: 1, name: 'Informational' },
  low: { id: 2, name: 'Low' },
  medium: { id: 3, name: 'Medium' },
  high: { id: 4, name: 'High' },
  critical: { id: 5, name: 'Critical' },
};

/**
 * compliance.status_id: 1 Pass, 3 Fail; 2 Warning is OCSF's "did not yield a result due to
 * missing information", which is exactly an annexa error; not applicable is 99 Other.
 */
const COMPLIANCE_STATUS: Record<Status, { id: number; name: string }> = {
  pass: { id: 1, name: 'Pass' },
  fail: { id: 3, name: 'Fail' },
  error: { id: 2, name: 'Warning' },
  not_applicable: { id: 99, name: 'Not Applicable' },
};

/** The check outcome travels as status_code (as other CSPM tools write it); status_id is the finding's triage state. */
const STATUS_CODE: Record<Status, string> = { pass: 'PASS', fail: 'FAIL', error: 'ERROR', not_applicable: 'NOT_APPLICABLE' };

/** OCSF's cloud.provider is the name people use: the descriptor's label (`AWS`, `Azure`). */
const CLOUD_PROVIDER = new Map<string, string>(PROVIDERS.map((p) => [p.id, p.label]));

const META = new Map<string, CheckMeta>(ALL_CHECKS.map((c) => [c.meta.id, c.meta]));

type Json = Record<string, unknown>;

function metadata(result: ResultDocument, uid: string, labels: string[]): Json {
  return {
    version: OCSF_VERSION,
    uid,
    product: { name: 'annexa', vendor_name: 'annexa', version: TOOL_VERSION, url_string: INFORMATION_URI },
    profiles: ['cloud'],
    ...(labels.length ? { labels } : {}),
    log_name: 'annexa',
    logged_time: Date.parse(result.run.evaluatedAt),
  };
}

function cloud(item: EvidenceItem): Json {
  const r = item.resource;
  return {
    provider: CLOUD_PROVIDER.get(r.provider) ?? r.provider,
    ...(r.region !== 'global' ? { region: r.region } : {}),
    account: { uid: r.account },
  };
}

function resource(item: EvidenceItem, partition: string | undefined): Json {
  const r = item.resource;
  return {
    uid: r.id,
    name: r.name,
    type: r.type,
    ...(r.region !== 'global' ? { region: r.region } : {}),
    ...(partition ? { cloud_partition: partition } : {}),
    ...(r.arn && r.arn !== r.id ? { data: { arn: r.arn } } : {}),
  };
}

/** Every control tag of the item as `<framework>:<control>`, e.g. `iso27001:2022:A.8.24`. */
function controlLabels(item: EvidenceItem): string[] {
  return Object.entries(item.controls).flatMap(([fw, ids]) => (ids ?? []).map((id) => `${fw}:${id}`));
}

function remediation(meta: CheckMeta | undefined): Json | undefined {
  if (!meta) return undefined;
  const steps = [
    ...(meta.remediation.console ? [`Console: ${meta.remediation.console}`] : []),
    ...(meta.remediation.cli ? [`CLI: ${meta.remediation.cli}`] : []),
  ];
  return { desc: meta.remediation.text, ...(steps.length ? { references: steps } : {}) };
}

/** The API calls behind the item, as OCSF `api` evidences (`s3:GetBucketVersioning` → service s3, operation GetBucketVersioning). */
function apiEvidences(item: EvidenceItem): Json[] {
  const seen = new Set<string>();
  const out: Json[] = [];
  for (const s of item.sources) {
    for (const call of s.apis) {
      if (seen.has(call)) continue;
      seen.add(call);
      const [service, operation] = call.includes(':') ? (call.split(':', 2) as [string, string]) : ['', call];
      out.push({ api: { operation, ...(service ? { service: { name: service } } : {}) } });
    }
  }
  return out;
}

function common(result: ResultDocument, item: EvidenceItem, partition: string | undefined): Json {
  const sev = SEVERITY[item.severity];
  return {
    category_uid: FINDINGS.uid,
    category_name: FINDINGS.name,
    activity_id: CREATE.id,
    activity_name: CREATE.name,
    severity_id: sev.id,
    severity: sev.name,
    time: Date.parse(result.run.evaluatedAt),
    message: item.message,
    cloud: cloud(item),
    resources: [resource(item, partition)],
    // A waived item stays failing but was reviewed and accepted: OCSF's Suppressed.
    status_id: item.waiver ? 3 : 1,
    status: item.waiver ? 'Suppressed' : 'New',
    status_code: STATUS_CODE[item.status],
    status_detail: item.message,
  };
}

export function detectionFinding(result: ResultDocument, item: EvidenceItem, partition?: string): Json {
  const meta = META.get(item.checkId);
  const rem = remediation(meta);
  return {
    class_uid: DETECTION.uid,
    class_name: DETECTION.name,
    type_uid: DETECTION.uid * 100 + CREATE.id,
    type_name: `${DETECTION.name}: ${CREATE.name}`,
    ...common(result, item, partition),
    metadata: metadata(result, item.id, controlLabels(item)),
    finding_info: {
      uid: item.id,
      title: item.title,
      desc: meta?.rationale ?? item.title,
      types: [item.checkId],
      analytic: { uid: item.checkId, name: item.checkId, type_id: 1, type: 'Rule' },
      created_time: Date.parse(result.run.evaluatedAt),
      last_seen_time: Date.parse(item.collectedAt),
      data_sources: [...new Set(item.sources.map((s) => s.key))],
    },
    evidences: [{ data: item.observed }, ...apiEvidences(item)],
    ...(rem ? { remediation: rem } : {}),
    unmapped: {
      check_id: item.checkId,
      status: item.status,
      controls: item.controls,
      ...(item.error ? { error: item.error } : {}),
      ...(item.waiver ? { waiver: item.waiver } : {}),
    },
  };
}

export function complianceFinding(
  result: ResultDocument,
  item: EvidenceItem,
  control: ControlSummary | undefined,
  controlId: string,
  partition?: string,
): Json {
  const status = COMPLIANCE_STATUS[item.status];
  const rem = remediation(META.get(item.checkId));
  const uid = `${item.id}/${controlId}`;
  return {
    class_uid: COMPLIANCE.uid,
    class_name: COMPLIANCE.name,
    type_uid: COMPLIANCE.uid * 100 + CREATE.id,
    type_name: `${COMPLIANCE.name}: ${CREATE.name}`,
    ...common(result, item, partition),
    metadata: metadata(result, uid, [`${ISO}:${controlId}`]),
    finding_info: { uid, title: `${controlId} ${control?.title ?? ''}`.trim(), desc: item.title, types: [item.checkId] },
    compliance: {
      standards: [ISO_STANDARD],
      control: controlId,
      requirements: [item.checkId],
      status_id: status.id,
      status: status.name,
      status_code: STATUS_CODE[item.status],
      status_detail: item.message,
    },
    ...(rem ? { remediation: rem } : {}),
  };
}

/** A manual control: no API can judge it, so its compliance status is Unknown (0) until someone attests it. */
export function manualControlFinding(result: ResultDocument, control: ControlSummary): Json {
  const uid = `annexa/manual/${ISO}/${control.id}`;
  return {
    class_uid: COMPLIANCE.uid,
    class_name: COMPLIANCE.name,
    type_uid: COMPLIANCE.uid * 100 + CREATE.id,
    type_name: `${COMPLIANCE.name}: ${CREATE.name}`,
    category_uid: FINDINGS.uid,
    category_name: FINDINGS.name,
    activity_id: CREATE.id,
    activity_name: CREATE.name,
    severity_id: SEVERITY.info.id,
    severity: SEVERITY.info.name,
    time: Date.parse(result.run.evaluatedAt),
    message: `${control.id} ${control.title}: no cloud API can evidence this control; it needs other evidence.`,
    metadata: { ...metadata(result, uid, [`${ISO}:${control.id}`]), profiles: [] },
    finding_info: { uid, title: `${control.id} ${control.title}`, types: ['manual-control'] },
    compliance: {
      standards: [ISO_STANDARD],
      control: control.id,
      status_id: 0,
      status: 'Unknown',
      status_detail: 'Manual control: record its status in attestations.yaml and ask for the evidence the SoA lists.',
    },
    status_id: 1,
    status: 'New',
  };
}

/** Every OCSF event of the result, in order: per item its detection finding then its compliance findings; manual controls last. */
export function* ocsfEvents(result: ResultDocument): Generator<Json> {
  const partitions = new Map(result.run.accounts.map((a) => [`${a.provider}/${a.account}`, a.partition]));
  const isoControls = new Map(result.controls.filter((c) => c.framework === ISO).map((c) => [c.id, c]));
  for (const item of result.items) {
    const partition = partitions.get(`${item.resource.provider}/${item.resource.account}`);
    yield detectionFinding(result, item, partition);
    for (const id of item.controls[ISO] ?? []) yield complianceFinding(result, item, isoControls.get(id), id, partition);
  }
  for (const c of isoControls.values()) if (c.coverage === 'manual') yield manualControlFinding(result, c);
}

/** JSON Lines, one event at a time, written atomically: a run of millions of items never becomes one string. */
export async function writeOcsf(outDir: string, result: ResultDocument): Promise<string> {
  const file = join(outDir, OCSF_FILE);
  await writeFileAtomicStreamAsync(file, async (write) => {
    for (const e of ocsfEvents(result)) {
      write(`${JSON.stringify(e)}\n`);
      if (turnDue()) await turn();
    }
  });
  return file;
}
