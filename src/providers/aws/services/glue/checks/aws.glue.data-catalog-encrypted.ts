import { missingData } from '../../../../../model/fetched.js';
import { errorFinding, fail, pass } from '../../../../check-kit.js';
import { catalogCheck } from '../catalog-kit.js';
import { CATALOG_MODES } from '../state.js';

export const glueDataCatalogEncrypted = catalogCheck(
  {
    id: 'aws.glue.data-catalog-encrypted',
    title: 'The Glue Data Catalog encrypts its metadata at rest with KMS',
    severity: 'medium',
    rationale:
      "Each region's Glue Data Catalog holds the account's databases, tables, partitions and their schemas, locations and properties, which " +
      'describe where data lives and sometimes carry connection details. With catalog encryption on, Glue encrypts these objects with a KMS ' +
      'key. Passes when GetDataCatalogEncryptionSettings reports EncryptionAtRest.CatalogEncryptionMode SSE-KMS or ' +
      'SSE-KMS-WITH-SERVICE-ROLE (the same KMS encryption, with Glue using a named role to reach the key); fails when it reports DISABLED, ' +
      'which is how a catalog starts; any other mode is an error rather than a guess. The setting is per region, so each scanned region ' +
      'is judged on its own.',
    remediation: {
      text: 'Turn on metadata encryption for the Data Catalog with a KMS key (callers then need kms:Decrypt on that key).',
      console: 'AWS Glue → Data Catalog → Catalog settings → Metadata encryption',
      cli:
        'aws glue put-data-catalog-encryption-settings --data-catalog-encryption-settings ' +
        "'EncryptionAtRest={CatalogEncryptionMode=SSE-KMS,SseAwsKmsKeyId=<key>},ConnectionPasswordEncryption={ReturnConnectionPasswordEncrypted=true,AwsKmsKeyId=<key>}'",
    },
  },
  (s, resource, region) => {
    const observed = { catalogEncryptionMode: s.catalogMode, kmsKey: s.catalogKmsKey ?? null };
    if (!CATALOG_MODES.includes(s.catalogMode))
      return errorFinding(
        resource,
        missingData(
          'glue:GetDataCatalogEncryptionSettings',
          `${region}: CatalogEncryptionMode "${s.catalogMode}" is not one Glue documents`,
        ),
      );
    return s.catalogMode === 'DISABLED'
      ? fail(resource, 'catalog-unencrypted', `The Data Catalog in ${region} stores its metadata without KMS encryption.`, observed)
      : pass(resource, 'catalog-encrypted', `The Data Catalog in ${region} encrypts its metadata (${s.catalogMode}).`, observed);
  },
);
