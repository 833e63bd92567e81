import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 20_000,
    reporters: ['default', './test/support/plain-summary.ts'],
    setupFiles: ['./test/support/setup.ts'],
    // Tests never reach a cloud: fake credentials stop the SDK from probing IMDS or profiles.
    env: {
      AWS_ACCESS_KEY_ID: 'AKIDTESTTESTTEST',
      AWS_SECRET_ACCESS_KEY: 'test-secret',
      AWS_REGION: 'us-east-1',
      AWS_EC2_METADATA_DISABLED: 'true',
    },
  },
});
