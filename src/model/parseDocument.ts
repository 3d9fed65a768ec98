import { type DocumentError, describeIssues } from './errors';
import { checkIntegrity } from './integrity';
import { MIGRATIONS, schemaForVersion } from './migrations';
import { featuresNewerThan } from './newerFeatures';
import { DOCUMENT_VERSION, documentSchema, type FaultlineDocument } from './schema';

export type ParseResult =
  | { ok: true; doc: FaultlineDocument; fromVersion: number; warnings: string[] }
  | {
      ok: false;
      errors: DocumentError[];
      code: 'not-a-document' | 'future-version' | 'invalid' | 'broken-references';
    };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The one way a document enters the app (autosave, Open, links, the command line): checks
 * it against the strict schema of *its own* version, migrates it step by step to the
 * current version, validates again and checks references. Never throws.
 */
export function parseDocument(input: unknown): ParseResult {
  try {
    return parse(input);
  } catch (e) {
    // The schema should never throw; if it does, the input is still refused in words.
    return {
      ok: false,
      code: 'invalid',
      errors: [{ path: '(document)', message: `could not be read (${String(e)})` }],
    };
  }
}

function parse(input: unknown): ParseResult {
  if (!isRecord(input) || !Object.hasOwn(input, 'version')) {
    return {
      ok: false,
      code: 'not-a-document',
      errors: [{ path: '(document)', message: 'is not a Faultline diagram (no "version" field)' }],
    };
  }
  const version = input.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      code: 'invalid',
      errors: [{ path: 'version', message: 'must be a whole number ≥ 1' }],
    };
  }
  if (version > DOCUMENT_VERSION) {
    return {
      ok: false,
      code: 'future-version',
      errors: [
        {
          path: 'version',
          message: `is ${version}: this diagram was made with a newer Faultline (this one reads up to version ${DOCUMENT_VERSION})`,
        },
      ],
    };
  }
  const own = schemaForVersion(version);
  if (!own)
    return {
      ok: false,
      code: 'invalid',
      errors: [{ path: 'version', message: `${version} is not a known version` }],
    };
  // An older file may not use what later versions added: its own version's schema is the
  // one it was written against (newerFeatures.ts).
  const newer = version < DOCUMENT_VERSION ? featuresNewerThan(input, version) : [];
  if (newer.length > 0) return { ok: false, code: 'invalid', errors: newer.slice(0, 50) };
  const first = own.safeParse(input, { reportInput: true });
  if (!first.success) return { ok: false, code: 'invalid', errors: describeIssues(first.error) };
  let current: unknown = first.data;
  const warnings: string[] = [];
  for (const step of MIGRATIONS) {
    if (step.from < version) continue;
    current = step.up(current as never);
    if (!step.quiet) warnings.push(`Upgraded from format ${step.from} to ${step.from + 1}.`);
  }
  const final = documentSchema.safeParse(current, { reportInput: true });
  if (!final.success) return { ok: false, code: 'invalid', errors: describeIssues(final.error) };
  const problems = checkIntegrity(final.data);
  // A separate code: every field is fine, but the parts do not fit together.
  if (problems.length > 0) return { ok: false, code: 'broken-references', errors: problems.slice(0, 50) };
  return { ok: true, doc: final.data, fromVersion: version, warnings };
}
