import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 20_000,
    reporters: ['default', './test/support/plain-summary.ts'],
    // Tests never reach a cloud: fake credentials stop the SDK from probing IMDS or profiles.
    env: {
      AWS_ACCESS_KEY_ID: 'AKIDTESTTESTTEST',
      AWS_SECRET_ACCESS_KEY: 'test-secret',
      AWS_REGION: 'us-east-1',
      AWS_EC2_METADATA_DISABLED: 'true',
      // The SDK's own switch for its Node 20 end-of-support notice; the CLI itself shows it (README: Supported Node.js).
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
  },
});
