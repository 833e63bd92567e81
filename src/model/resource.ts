/**
 * A provider id (`aws`, `azure`): one of the descriptors in `src/providers/index.ts` PROVIDERS. The model
 * does not list them, so adding a provider never edits this layer; inputs are checked against PROVIDERS.
 */
export type Provider = string;

/** The thing a finding is about. `id` is canonical and stable across runs (an ARN where one exists). */
export interface ResourceRef {
  provider: Provider;
  account: string;
  /** `global` for account-wide resources. */
  region: string;
  /** CloudFormation-style type, e.g. `AWS::S3::Bucket`. */
  type: string;
  id: string;
  arn?: string;
  name: string;
}
