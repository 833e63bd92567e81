import { z } from 'zod';

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'i');
    return true;
  } catch {
    return false;
  }
}

export const ECS_PARAMS = z
  .object({
    secretNamePatterns: z
      .array(z.string().refine(compiles, 'not a valid regular expression'))
      .default(['PASSW(OR)?D', 'SECRET', 'TOKEN', 'API_?KEY', 'ACCESS_?KEY', 'PRIVATE_?KEY', 'CREDENTIAL', 'CONN(ECTION)?_?STR'])
      .describe('Case-insensitive regular expressions; a plain environment variable whose name matches one is treated as a secret.'),
  })
  .strict();
