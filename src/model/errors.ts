import type { z } from 'zod';

/** One problem with a document: where (a field path such as `nodes[2].workers`) and what. */
export interface DocumentError {
  path: string;
  message: string;
}

/** `["nodes", 2, "workers"]` → `nodes[2].workers`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(document)';
}

/** zod's names for types, in words. */
const EXPECTED: Record<string, string> = {
  array: 'a list',
  object: 'an object',
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
};

/** A zod issue in words a person understands. */
function describeIssue(issue: z.core.$ZodIssue): DocumentError {
  const path = formatPath(issue.path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      // At most five names (each cut short): a hostile file may hold a million keys.
      const names = issue.keys.slice(0, 5).map((k) => `"${k.length > 40 ? `${k.slice(0, 40)}…` : k}"`);
      const rest = issue.keys.length > 5 ? ` and ${issue.keys.length - 5} more` : '';
      return {
        path,
        message: `has unknown field${issue.keys.length > 1 ? 's' : ''} ${names.join(', ')}${rest}`,
      };
    }
    case 'invalid_union':
      if ((issue as { note?: string }).note === 'No matching discriminator') {
        const options = (issue as { options?: unknown[] }).options ?? [];
        return { path, message: `must be one of ${options.join(', ')}` };
      }
      return { path, message: issue.message };
    case 'invalid_type':
      if (issue.input === undefined) return { path, message: 'is missing' };
      return {
        path,
        message: issue.message.startsWith('Invalid input')
          ? `must be ${EXPECTED[issue.expected] ?? issue.expected}`
          : issue.message,
      };
    default:
      return { path, message: issue.message };
  }
}

/** Every issue of a failed parse, described; at most `limit` of them so a huge bad file stays readable. */
export function describeIssues(error: z.ZodError, limit = 50): DocumentError[] {
  return error.issues.slice(0, limit).map(describeIssue);
}

/** `nodes[2].workers: must be a whole number from 1 to 10000` */
export function formatError(e: DocumentError): string {
  return `${e.path}: ${e.message}`;
}
