/** The one decoder for every way in (docs/document-format.md "The decoder"), and comparison links. */

export {
  type CompareLinkFailure,
  type CompareLinkResult,
  type CompareLinkSuccess,
  type CompareSide,
  decodeCompareLink,
  isCompareFragment,
} from './compareLink';
export { checkFileSize, type DecodeInput, type DecodeResult, type DecodeSuccess, decode } from './decode';
export {
  DECODE_ERROR_CODES,
  type DecodeErrorCode,
  type DecodeFailure,
  type DecodeSource,
} from './decodeErrors';
export { DECODE_LIMITS } from './limits';
export { CURRENT_LINK_CODEC, LINK_CODECS, type LinkCodec } from './linkCodecs';
