import type { DecodeInput, DecodeResult } from '../model/decode/decode';
import type { DecodeSource } from '../model/decode/decodeErrors';

/**
 * The entry point of the one decoder every way in uses (src/model/decode; docs/document-format.md,
 * "The decoder").
 */
export type Decode = (input: DecodeInput, source: DecodeSource) => DecodeResult;

let loaded: Decode | null = null;
let loading: Promise<Decode> | null = null;
let loadProblem = '';

/**
 * Fetches the one decoder: its JSON stages, and fflate with codec 1's dictionary for links.
 * It stays out of the first visit (the foundation issue's size budget): main.tsx awaits it
 * before booting only when there is something to decode (an autosave or a `#d=` link), and
 * Open, "Load theirs" and "Load it anyway" await it before they read. Kept once fetched; a
 * failed fetch is tried again on the next call.
 */
export function loadDecoder(): Promise<Decode> {
  loading ??= import('../model/decode/decode').then(
    (m) => {
      loaded = m.decode;
      return m.decode;
    },
    (e: unknown) => {
      loading = null;
      loadProblem = String(e);
      throw e;
    },
  );
  return loading;
}

/** Whether `loadDecoder` has fetched the decoder (decoding can then run at once). */
export function decoderLoaded(): boolean {
  return loaded !== null;
}

/**
 * Decodes with the decoder fetched by `loadDecoder`. Never throws: before it is there (its
 * fetch failed) the input is refused with a message saying so, and nothing is changed.
 */
export function decodeLoaded(input: DecodeInput, source: DecodeSource): DecodeResult {
  if (loaded) return loaded(input, source);
  return {
    ok: false,
    error: 'not-a-document',
    message: 'Faultline could not load the part that reads diagrams. Reload the page to try again.',
    detail: [{ path: '(decoder)', message: loadProblem || 'not loaded' }],
  };
}
