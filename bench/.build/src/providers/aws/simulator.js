export function awsError(name, httpStatusCode = 400, message = `${name} (simulated)`) {
  return Object.assign(new Error(message), { name, $fault: 'client', $metadata: { httpStatusCode } });
}
export function fakeService(handlers) {
  return (client, service, region) => {
    client.middlewareStack.add(
      (_next, context) => async (args) => {
        const op = (context.commandName ?? '').replace(/Command$/, '');
        const h = handlers[`${service}:${op}`] ?? handlers[op];
        if (!h) throw awsError('UnknownOperationException', 400, `simulator has no handler for ${service}:${op}`);
        const output = await h(args.input, region, service);
        return { output: { $metadata: { httpStatusCode: 200 }, ...output }, response: {} };
      },
      { step: 'deserialize', name: 'annexaSimulator', priority: 'high' },
    );
  };
}
