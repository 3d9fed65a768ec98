/**
 * The few platform APIs the pure core (src/model, src/machines, src/sim, src/scenarios) uses
 * beyond ECMAScript. Every place the core runs — the page, its Web Worker, Node for the
 * command line and the tests — provides them with these meanings. Declaring just these,
 * instead of loading the DOM or Node typings, keeps `document`, `window`, timers and the
 * rest of the host out of the core: using them there is a compile error
 * (tsconfig.core.json; docs/architecture.md "Rules the build enforces").
 */

/** A deep copy by the structured clone algorithm (checkpoints are plain data). */
declare function structuredClone<T>(value: T): T;

/** UTF-8 encoding of strings (share links). */
declare class TextEncoder {
  encode(input?: string): Uint8Array<ArrayBuffer>;
}

/** Decoding of bytes to text; with `fatal`, malformed input throws (the link decoder). */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer): string;
}

/** A parsed URL (safeUrl.ts checks the scheme of a link-like field). */
declare class URL {
  constructor(url: string, base?: string);
  readonly href: string;
  readonly protocol: string;
}
