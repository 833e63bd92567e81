import type { AwsService } from '../service.js';
import { accessAnalyzer } from './accessanalyzer/index.js';
import { account } from './account/index.js';
import { acm } from './acm/index.js';
import { apigateway } from './apigateway/index.js';
import { athena } from './athena/index.js';
import { autoscaling } from './autoscaling/index.js';
import { backup } from './backup/index.js';
import { cloudfront } from './cloudfront/index.js';
import { cloudTrail } from './cloudtrail/index.js';
import { cloudWatch } from './cloudwatch/index.js';
import { codebuild } from './codebuild/index.js';
import { config } from './config/index.js';
import { dms } from './dms/index.js';
import { dynamodb } from './dynamodb/index.js';
import { ec2 } from './ec2/index.js';
import { ecr } from './ecr/index.js';
import { ecs } from './ecs/index.js';
import { efs } from './efs/index.js';
import { eks } from './eks/index.js';
import { elasticache } from './elasticache/index.js';
import { elb } from './elb/index.js';
import { elbv2 } from './elbv2/index.js';
import { emr } from './emr/index.js';
import { eventbridge } from './eventbridge/index.js';
import { firehose } from './firehose/index.js';
import { glue } from './glue/index.js';
import { guardDuty } from './guardduty/index.js';
import { iam } from './iam/index.js';
import { inspector2 } from './inspector2/index.js';
import { kinesis } from './kinesis/index.js';
import { kms } from './kms/index.js';
import { lambda } from './lambda/index.js';
import { logs } from './logs/index.js';
import { macie } from './macie/index.js';
import { mq } from './mq/index.js';
import { msk } from './msk/index.js';
import { opensearch } from './opensearch/index.js';
import { organizations } from './organizations/index.js';
import { rds } from './rds/index.js';
import { redshift } from './redshift/index.js';
import { route53 } from './route53/index.js';
import { s3 } from './s3/index.js';
import { sagemaker } from './sagemaker/index.js';
import { secretsmanager } from './secretsmanager/index.js';
import { securityHub } from './securityhub/index.js';
import { sfn } from './sfn/index.js';
import { sns } from './sns/index.js';
import { sqs } from './sqs/index.js';
import { ssm } from './ssm/index.js';
import { wafv2 } from './wafv2/index.js';

export type { AwsService } from '../service.js';

/**
 * Every AWS service, one entry each. Adding a service is a folder under `services/` with an
 * `index.ts` exporting its `AwsService`, plus one line here.
 */
export const AWS_SERVICES: readonly AwsService[] = [
  accessAnalyzer,
  apigateway,
  cloudfront,
  account,
  cloudTrail,
  cloudWatch,
  codebuild,
  config,
  ec2,
  ecr,
  ecs,
  eks,
  elb,
  elbv2,
  emr,
  guardDuty,
  iam,
  inspector2,
  kms,
  lambda,
  logs,
  macie,
  organizations,
  s3,
  sagemaker,
  securityHub,
  acm,
  backup,
  dms,
  dynamodb,
  efs,
  elasticache,
  opensearch,
  rds,
  redshift,
  route53,
  secretsmanager,
  sns,
  sqs,
  ssm,
  wafv2,
  eventbridge,
  kinesis,
  sfn,
  autoscaling,
  mq,
  athena,
  glue,
  firehose,
  msk,
];
