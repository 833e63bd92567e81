import { fail, pass } from '../../../../check-kit.js';
import { catalogCheck } from '../catalog-kit.js';

export const glueConnectionPasswordsEncrypted = catalogCheck(
  {
    id: 'aws.glue.connection-passwords-encrypted',
    title: 'Glue returns connection passwords only in encrypted form',
    severity: 'medium',
    rationale:
      'Glue connections hold the passwords Glue uses to reach JDBC and other data stores. With ConnectionPasswordEncryption.' +
      'ReturnConnectionPasswordEncrypted on, Glue encrypts those passwords with a KMS key and GetConnection / GetConnections return them only ' +
      'encrypted, so anyone allowed to read connection definitions does not also see the passwords. Passes when ' +
      'GetDataCatalogEncryptionSettings reports it true; fails when false (the starting setting). Judged per region, as the setting is.',
    remediation: {
      text: 'Turn on connection password encryption in the Data Catalog settings, with a KMS key.',
      console: 'AWS Glue → Data Catalog → Catalog settings → Encrypt connection passwords',
      cli:
        'aws glue put-data-catalog-encryption-settings --data-catalog-encryption-settings ' +
        "'EncryptionAtRest={CatalogEncryptionMode=SSE-KMS,SseAwsKmsKeyId=<key>},ConnectionPasswordEncryption={ReturnConnectionPasswordEncrypted=true,AwsKmsKeyId=<key>}'",
    },
  },
  (s, resource, region) => {
    const observed = { returnConnectionPasswordEncrypted: s.passwordsEncrypted, kmsKey: s.passwordKmsKey ?? null };
    return s.passwordsEncrypted
      ? pass(resource, 'passwords-encrypted', `Glue in ${region} returns connection passwords encrypted.`, observed)
      : fail(
          resource,
          'passwords-clear',
          `Glue in ${region} returns connection passwords in clear text to anyone who can read connections.`,
          observed,
        );
  },
);
