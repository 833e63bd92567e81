import type { AwsService } from '../../service.js';
import { glueConnectionPasswordsEncrypted } from './checks/aws.glue.connection-passwords-encrypted.js';
import { glueDataCatalogEncrypted } from './checks/aws.glue.data-catalog-encrypted.js';
import { glueJobSecurityConfiguration } from './checks/aws.glue.job-security-configuration.js';
import { glueCollectors } from './collect.js';
import { demo } from './demo.js';

export const glue: AwsService = {
  id: 'glue',
  collectors: glueCollectors,
  checks: [glueConnectionPasswordsEncrypted, glueDataCatalogEncrypted, glueJobSecurityConfiguration],
  links: new URL('./links.yaml', import.meta.url),
  demo,
};
