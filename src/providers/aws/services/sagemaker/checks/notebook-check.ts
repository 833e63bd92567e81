/** The shape every notebook-instance check shares: one finding per described instance. */
import type { Check, CheckMeta, Finding } from '../../../../../model/check.js';
import type { ResourceRef } from '../../../../../model/resource.js';
import { eachDescribed } from '../../resource-kit.js';
import { type NotebookInstance, notebookArn, SAGEMAKER_NOTEBOOKS } from '../state.js';

export const NOTEBOOK_TYPE = 'AWS::SageMaker::NotebookInstance';

type Meta = Omit<CheckMeta, 'provider' | 'service' | 'resourceType' | 'requires'>;

export function notebookCheck(meta: Meta, judge: (n: NotebookInstance, r: ResourceRef) => Finding): Check {
  return {
    meta: { ...meta, provider: 'aws', service: 'sagemaker', resourceType: NOTEBOOK_TYPE, requires: [SAGEMAKER_NOTEBOOKS] },
    evaluate(ctx) {
      const arn = (id: string, region: string) => notebookArn(ctx.snapshot.partition, region, ctx.snapshot.account, id);
      return eachDescribed(ctx, SAGEMAKER_NOTEBOOKS, NOTEBOOK_TYPE, arn, (n, r) => judge(n, r));
    },
  };
}
