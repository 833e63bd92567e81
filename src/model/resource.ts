export type Provider = 'aws' | 'azure';

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
