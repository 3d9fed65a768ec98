/**
 * The command-line simulator (`npm run -s simulate`), as testable functions: arguments and a
 * file reader in, `{ exitCode, stdout, stderr }` out. See docs/cli.md.
 */
export { type CliArgs, type OutputFormat, parseArgs, USAGE } from './args';
export { formatTable } from './formatTable';
export {
  documentFrom,
  type FileAccess,
  type LoadResult,
  loadDocument,
  MAX_DOCUMENT_BYTES,
} from './loadDocument';
export { type CliPlan, type CliResult, EXIT, planCli, runCli, simulateDocument } from './runCli';
