import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { lb, listener, R } from '../state.fixtures.js';
import { ELB_LOAD_BALANCERS } from '../state.js';
import { elbListenersEncrypted as check } from './aws.elb.listeners-encrypted.js';

const only = (...listeners: ReturnType<typeof listener>[]) => snapshot().regional(ELB_LOAD_BALANCERS, R, [lb(listeners)]);

export const table: CheckCases = {
  check,
  cases: [
    { name: 'HTTPS and SSL pass', snapshot: only(listener('HTTPS', 443), listener('SSL', 8443)), expected: [['pass', 'encrypted']] },
    { name: 'an HTTP listener fails', snapshot: only(listener('HTTPS', 443), listener('HTTP', 80)), expected: [['fail', 'clear-text']] },
    { name: 'a TCP listener fails', snapshot: only(listener('TCP', 5432)), expected: [['fail', 'clear-text']] },
    {
      name: 'denied listing is an error',
      snapshot: snapshot().regional(ELB_LOAD_BALANCERS, R, denied()),
      expected: [['error', 'error.denied']],
    },
  ],
};
