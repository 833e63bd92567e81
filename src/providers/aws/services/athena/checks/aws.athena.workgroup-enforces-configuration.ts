import { missingData } from '../../../../../model/fetched.js';
import { errorFinding, fail, notApplicable, pass } from '../../../../check-kit.js';
import { arnIn, eachEntry } from '../../each-resource.js';
import { ATHENA_WORKGROUPS, isSpark } from '../state.js';

export const athenaWorkgroupEnforcesConfiguration = eachEntry(
  {
    id: 'aws.athena.workgroup-enforces-configuration',
    title: 'Athena workgroups override client-side settings',
    service: 'athena',
    resourceType: 'AWS::Athena::WorkGroup',
    severity: 'medium',
    requires: [ATHENA_WORKGROUPS],
    rationale:
      'With EnforceWorkGroupConfiguration true ("Override client-side settings"), every query in the workgroup uses the result location, ' +
      "encryption and expected bucket owner the workgroup sets; with it false, each client's own settings win, so a caller can write " +
      'results unencrypted or to a bucket of its choosing. Passes when GetWorkGroup reports it true; fails when false. An answer without ' +
      'the field is an error, never read as on: the console starts with the override off and the API documents no default. Spark-enabled workgroups do not use the setting (the Athena API says it is not required for them): not ' +
      'applicable. Disabled workgroups run no queries and are not judged.',
    remediation: {
      text: 'Turn on "Override client-side settings" for the workgroup.',
      console: 'Athena → Workgroups → workgroup → Edit → Settings → Override client-side settings',
      cli: 'aws athena update-work-group --work-group <name> --configuration-updates EnforceWorkGroupConfiguration=true',
    },
  },
  ATHENA_WORKGROUPS,
  (ctx, region, name) => arnIn(ctx, 'athena', region, `workgroup/${name}`),
  (w, resource) => {
    const observed = { enforced: w.enforced, engine: w.engine };
    if (isSpark(w))
      return notApplicable(resource, 'spark-workgroup', `Workgroup ${w.name} is Spark-enabled; it has no client-side override.`, observed);
    if (w.enforced === null)
      return errorFinding(
        resource,
        missingData('athena:GetWorkGroup', `workgroup ${w.name}: no EnforceWorkGroupConfiguration in the answer`),
      );
    return w.enforced
      ? pass(resource, 'configuration-enforced', `Workgroup ${w.name} overrides client-side settings.`, observed)
      : fail(
          resource,
          'configuration-not-enforced',
          `Workgroup ${w.name} lets clients override its result location and encryption.`,
          observed,
        );
  },
);
