import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { fn, R } from '../state.fixtures.js';
import { LAMBDA_FUNCTIONS } from '../state.js';
import { lambdaFunctionInVpc as check } from './aws.lambda.function-in-vpc.js';

const required = { 'aws.lambda': { vpcRequiredFunctions: ['db-*'] } };

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'required function in a VPC passes',
      snapshot: snapshot().regional(LAMBDA_FUNCTIONS, R, [fn('db-sync', { vpcId: 'vpc-1' })]),
      serviceParams: required,
      expected: [['pass', 'in-vpc']],
    },
    {
      name: 'required function outside a VPC fails',
      snapshot: snapshot().regional(LAMBDA_FUNCTIONS, R, [fn('db-sync')]),
      serviceParams: required,
      expected: [['fail', 'not-in-vpc']],
    },
    {
      name: 'functions not listed are not applicable (the default lists none)',
      snapshot: snapshot().regional(LAMBDA_FUNCTIONS, R, [fn('db-sync')]),
      expected: [['not_applicable', 'not-required']],
    },
    {
      name: 'denied listing is an error',
      snapshot: snapshot().regional(LAMBDA_FUNCTIONS, R, denied()),
      serviceParams: required,
      expected: [['error', 'error.denied']],
    },
  ],
};
