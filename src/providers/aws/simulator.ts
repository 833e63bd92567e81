/**
 * An in-process AWS stand-in: a middleware in the SDK's deserialize step that answers
 * operations from handler functions. It sits inside the SDK's retry loop, so throttling
 * answers exercise the real retry strategy. Used by the demo builder, tests and benchmarks;
 * never by a real scan.
 */
import type { AwsClientOptions, ServiceId } from './clients.js';

export function awsError(name: string, httpStatusCode = 400, message = `${name} (simulated)`): Error {
  return Object.assign(new Error(message), { name, $fault: 'client', $metadata: { httpStatusCode } });
}

export type FakeHandler = (input: Record<string, unknown>, region: string, service: ServiceId) => unknown;
/**
 * Handlers by operation name without the `Command` suffix (`ListBuckets`), or qualified by
 * client (`s3control:GetPublicAccessBlock`) where two clients share an operation name.
 */
export type FakeHandlers = Record<string, FakeHandler>;

export function fakeService(handlers: FakeHandlers): NonNullable<AwsClientOptions['configure']> {
  return (client, service, region) => {
    (client.middlewareStack as unknown as { add: (mw: unknown, o: object) => void }).add(
      (_next: unknown, context: { commandName?: string }) => async (args: { input: Record<string, unknown> }) => {
        const op = (context.commandName ?? '').replace(/Command$/, '');
        const h = handlers[`${service}:${op}`] ?? handlers[op];
        if (!h) throw awsError('UnknownOperationException', 400, `simulator has no handler for ${service}:${op}`);
        const output = await h(args.input, region, service);
        return { output: { $metadata: { httpStatusCode: 200 }, ...(output as object) }, response: {} };
      },
      { step: 'deserialize', name: 'annexaSimulator', priority: 'high' },
    );
  };
}
