import { missingData } from '../../../../../model/fetched.js';
import { errorFinding, fail, pass } from '../../../../check-kit.js';
import { arnIn, eachEntry } from '../../each-resource.js';
import { ATHENA_WORKGROUPS, isSpark } from '../state.js';

/** The encryption options Athena documents; another value is not taken for encryption. */
const OPTIONS: readonly string[] = ['SSE_S3', 'SSE_KMS', 'CSE_KMS'];

export const athenaWorkgroupResultsEncrypted = eachEntry(
  {
    id: 'aws.athena.workgroup-results-encrypted',
    title: 'Athena workgroups encrypt query results at rest, and clients cannot opt out',
    service: 'athena',
    resourceType: 'AWS::Athena::WorkGroup',
    severity: 'medium',
    requires: [ATHENA_WORKGROUPS],
    rationale:
      'Athena writes every query result to S3, and results often copy sensitive rows out of the tables they read. A workgroup result ' +
      'configuration can name an encryption option (SSE_S3, SSE_KMS or CSE_KMS), but while EnforceWorkGroupConfiguration is false the ' +
      "workgroup's settings are only defaults: each client may send its own result configuration, without encryption. So this check " +
      'passes only when GetWorkGroup shows an encryption option and the workgroup enforces its configuration (as AWS Control Tower control ' +
      'CT.ATHENA.PR.2 requires; the AWS Config rule athena-workgroup-encrypted-at-rest looks at the option alone), or when results go to ' +
      'Athena managed storage, which Athena always encrypts (with its own key unless a KMS key is named). Spark-enabled workgroups have no ' +
      'client-side override, so their encryption option alone decides. Fails when no option is set, or when it is set but not enforced. ' +
      'An option Athena does not document, or an option set with EnforceWorkGroupConfiguration absent from the answer, is an error, ' +
      'never a guess. ' +
      'Disabled workgroups run no queries and are not judged.',
    remediation: {
      text: 'Set an encryption option for query results in the workgroup and turn on "Override client-side settings".',
      console:
        'Athena → Workgroups → workgroup → Edit → Query result configuration → Encrypt query results; Settings → Override client-side settings',
      cli:
        'aws athena update-work-group --work-group <name> --configuration-updates ' +
        "'EnforceWorkGroupConfiguration=true,ResultConfigurationUpdates={EncryptionConfiguration={EncryptionOption=SSE_KMS,KmsKey=<key-arn>}}'",
    },
  },
  ATHENA_WORKGROUPS,
  (ctx, region, name) => arnIn(ctx, 'athena', region, `workgroup/${name}`),
  (w, resource) => {
    const observed = {
      resultEncryption: w.resultEncryption,
      kmsKey: w.resultKmsKey ?? null,
      enforced: w.enforced,
      managedResults: w.managedResults,
    };
    if (w.managedResults)
      return pass(
        resource,
        'managed-results',
        `Workgroup ${w.name} keeps results in Athena managed storage, which is encrypted.`,
        observed,
      );
    if (w.resultEncryption === null)
      return fail(resource, 'results-unencrypted', `Workgroup ${w.name} sets no encryption for its query results.`, observed);
    if (!OPTIONS.includes(w.resultEncryption))
      return errorFinding(
        resource,
        missingData('athena:GetWorkGroup', `workgroup ${w.name}: EncryptionOption "${w.resultEncryption}" is not one Athena documents`),
      );
    if (w.enforced === null && !isSpark(w))
      return errorFinding(
        resource,
        missingData('athena:GetWorkGroup', `workgroup ${w.name}: no EnforceWorkGroupConfiguration in the answer`),
      );
    if (!w.enforced && !isSpark(w))
      return fail(
        resource,
        'encryption-not-enforced',
        `Workgroup ${w.name} encrypts results with ${w.resultEncryption} by default, but clients may override it.`,
        observed,
      );
    return pass(resource, 'results-encrypted', `Workgroup ${w.name} encrypts query results with ${w.resultEncryption}.`, observed);
  },
);
