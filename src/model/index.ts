/**
 * The diagram document: schema, types, defaults, migrations and the one parser every way
 * in goes through. Pure TypeScript: no React, no DOM (enforced by lint).
 */
export * from './connections';
export * from './decode';
export * from './defaults';
export * from './edges';
export * from './errors';
export * from './faultTargets';
export * from './integrity';
export * from './limits';
export * from './nodes';
export * from './parseDocument';
export * from './safeUrl';
export * from './scenario';
export * from './schema';
export { DOCUMENT_VERSION } from './schema';
export * from './shareLink';
export * from './textRules';
