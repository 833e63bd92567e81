/** The account's Data Catalog in each region, as one resource judged on its encryption settings. */
import type { Check, CheckMeta, Finding } from '../../../../model/check.js';
import type { ResourceRef } from '../../../../model/resource.js';
import { accountResource, awsResource, readRegional } from '../../../check-kit.js';
import { arnIn } from '../each-resource.js';
import { GLUE_CATALOG_ENCRYPTION, type GlueCatalogEncryption } from './state.js';

const TYPE = 'AWS::Glue::DataCatalogEncryptionSettings';

export function catalogCheck(
  meta: Omit<CheckMeta, 'provider' | 'service' | 'resourceType' | 'requires'>,
  judge: (s: GlueCatalogEncryption, resource: ResourceRef, region: string) => Finding,
): Check {
  return {
    meta: { ...meta, provider: 'aws', service: 'glue', resourceType: TYPE, requires: [GLUE_CATALOG_ENCRYPTION] },
    evaluate(ctx) {
      return readRegional(
        ctx,
        GLUE_CATALOG_ENCRYPTION,
        (region) => accountResource(ctx, TYPE, region),
        (s, region) => [
          judge(s, awsResource(ctx, TYPE, region, arnIn(ctx, 'glue', region, 'catalog'), `Data Catalog (${region})`), region),
        ],
      );
    },
  };
}
