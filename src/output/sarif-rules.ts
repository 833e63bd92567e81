import { ALL_CHECKS } from '../engine/registry.js';
import type { CheckMeta } from '../model/check.js';
import { FRAMEWORK_LABELS, type FrameworkKey } from '../model/framework.js';
import type { Severity } from '../model/status.js';
import { findProvider } from '../providers/index.js';
import type { ControlSummary } from './result.js';
import type { SarifLevel, SarifRule } from './sarif-types.js';

/** GitHub sorts and labels alerts by this score (critical ≥ 9.0, high ≥ 7.0, medium ≥ 4.0, low > 0). */
export const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '2.0', info: '0.0' };

export const SEVERITY_LEVEL: Record<Severity, SarifLevel> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

/** GitHub shows only the first 10 tags of a rule (and rejects more than 20). */
export const MAX_TAGS = 10;

const ISO = 'iso27001:2022';

const META = new Map<string, CheckMeta>(ALL_CHECKS.map((c) => [c.meta.id, c.meta]));

/** A check this build knows: its rule needs nothing from the items. */
export const knownCheck = (id: string): boolean => META.has(id);

/** `aws.s3.bucket-versioning-enabled` → `s3`, even for a check this build no longer ships. */
export function serviceOf(checkId: string): string {
  return META.get(checkId)?.service ?? checkId.split('.')[1] ?? 'unknown';
}

/**
 * The ISO controls each check evidences, with titles, read back from the result's own control table
 * (which `controlSummaries` built from the mapping's `controlsByCheck`), so a merged or older result
 * is described as it was written.
 */
export function summariesByCheck(controls: readonly ControlSummary[]): Map<string, ControlSummary[]> {
  // The first framework the scan summarised (`--framework`'s first key; 27001:2022 by default) is the
  // one SARIF tags and help name, so `--framework iso27032:2023` switches them to 27032.
  const primary = controls[0]?.framework ?? ISO;
  const out = new Map<string, ControlSummary[]>();
  for (const c of controls) {
    if (c.framework !== primary) continue;
    for (const check of c.checks) out.set(check, [...(out.get(check) ?? []), c]);
  }
  return out;
}

function pascal(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

/** SARIF viewers show the first sentence when space is short, so every text ends like one. */
export const sentence = (s: string): string => (/[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

/** The benchmark a check's `cis` ids refer to: its own provider's, named with its version. */
function cisName(meta: CheckMeta): string {
  const b = findProvider(meta.provider)?.cisBenchmark;
  return b ? `${b.name} ${b.version}` : 'CIS Benchmark';
}

function helpText(meta: CheckMeta, controls: readonly ControlSummary[]): { text: string; markdown: string } {
  const iso = controls.map((c) => `${c.id} ${c.title}`);
  const framework = controls[0]?.framework ?? ISO;
  const label = framework === ISO ? 'ISO/IEC 27001:2022 Annex A' : (FRAMEWORK_LABELS[framework as FrameworkKey]?.name ?? framework);
  const text = [
    `Rationale: ${meta.rationale}`,
    `Remediation: ${meta.remediation.text}`,
    ...(meta.remediation.console ? [`Console: ${meta.remediation.console}`] : []),
    ...(meta.remediation.cli ? [`CLI: ${meta.remediation.cli}`] : []),
    `${label}: ${iso.length ? iso.join('; ') : 'not mapped'}.`,
    ...(meta.cis?.length ? [`${cisName(meta)}: ${meta.cis.join(', ')}.`] : []),
  ];
  const markdown = [
    `**Rationale.** ${meta.rationale}`,
    `**Remediation.** ${meta.remediation.text}`,
    ...(meta.remediation.console ? [`- Console: ${meta.remediation.console}`] : []),
    ...(meta.remediation.cli ? [`- CLI:\n\n\`\`\`sh\n${meta.remediation.cli}\n\`\`\``] : []),
    `**${label}.**${iso.length ? `\n\n${iso.map((c) => `- ${c}`).join('\n')}` : ' Not mapped.'}`,
    ...(meta.cis?.length ? [`**${cisName(meta)}.** ${meta.cis.join(', ')}`] : []),
  ];
  return { text: text.join('\n\n'), markdown: markdown.join('\n\n') };
}

/** A check id seen in the result that this build does not ship (e.g. a merged older result). */
function unknownMeta(id: string, title: string, severity: Severity): CheckMeta {
  const [provider, service] = id.split('.');
  return {
    id,
    title,
    provider: provider ?? 'unknown',
    service: service ?? 'unknown',
    resourceType: 'unknown',
    severity,
    requires: [],
    rationale: 'This check is not part of the annexa version that wrote this file; see the annexa version that produced the result.',
    remediation: { text: 'See the documentation of the annexa version that produced the result.' },
  };
}

export function sarifRule(id: string, controls: readonly ControlSummary[], fallback: { title: string; severity: Severity }): SarifRule {
  const meta = META.get(id) ?? unknownMeta(id, fallback.title, fallback.severity);
  const framework = controls[0]?.framework ?? ISO;
  const tags = ['security', meta.service, ...controls.map((c) => `${c.framework}/${c.id}`)];
  return {
    id,
    name: pascal(id),
    shortDescription: { text: sentence(meta.title) },
    fullDescription: { text: sentence(meta.rationale) },
    help: helpText(meta, controls),
    defaultConfiguration: { level: SEVERITY_LEVEL[meta.severity] },
    properties: {
      tags: [...new Set(tags)].slice(0, MAX_TAGS),
      'security-severity': SECURITY_SEVERITY[meta.severity],
      precision: 'very-high',
      severity: meta.severity,
      provider: meta.provider,
      service: meta.service,
      resourceType: meta.resourceType,
      [framework]: controls.map((c) => c.id),
      ...(meta.cis?.length ? { cis: [...meta.cis] } : {}),
    },
  };
}
