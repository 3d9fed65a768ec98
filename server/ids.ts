import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../src/room/protocol';

/** A room id: 132 random bits as 22 base64url characters (unguessable). */
export function newRoomId(): string {
  return randomBytes(17).toString('base64url').slice(0, 22);
}

/** A presenter token: 258 random bits as 43 base64url characters. */
export function newPresenterToken(): string {
  return randomBytes(33).toString('base64url').slice(0, 43);
}

/** A join code: 6 characters of the unambiguous alphabet (about 191 million codes). */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** What the registry keeps of a token: its SHA-256, so a leaked registry leaks no token. */
export function tokenDigest(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** Whether `token` is the one whose digest is `digest`, in constant time. */
export function tokenMatches(token: string, digest: string): boolean {
  const a = Buffer.from(tokenDigest(token));
  const b = Buffer.from(digest);
  return a.length === b.length && timingSafeEqual(a, b);
}
