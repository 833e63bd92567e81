import { fail, pass } from '../../../../check-kit.js';
import { notebookCheck } from './notebook-check.js';

export const sagemakerNotebookKmsEncrypted = notebookCheck(
  {
    id: 'aws.sagemaker.notebook-kms-encrypted',
    title: 'SageMaker notebook instance volumes are encrypted with a chosen KMS key',
    severity: 'medium',
    rationale:
      "The notebook's ML storage volume holds code and copies of training data. With a KmsKeyId, that volume is encrypted under a " +
      'key whose policy the customer controls and whose use is logged; AWS Config (sagemaker-notebook-instance-kms-key-configured) ' +
      'fails instances without one. Passes when KmsKeyId is set; fails otherwise.',
    remediation: {
      text: 'Recreate the notebook instance with a KMS key for its storage volume (the key cannot be added in place).',
      console: 'SageMaker → Notebook instances → Create → Permissions and encryption → Encryption key',
    },
  },
  (n, r) =>
    n.kmsKeyId
      ? pass(r, 'kms', `Notebook ${n.name} encrypts its volume with ${n.kmsKeyId}.`, { kmsKeyId: n.kmsKeyId })
      : fail(r, 'no-kms', `Notebook ${n.name} has no KMS key for its volume.`, { kmsKeyId: null }),
);
