/**
 * A sweep link (`#d=<diagram>&seeds=…&sweep=…`, docs/sweeps.md) opened as a page: the
 * diagram part goes through the usual shared-link gate, and the sweep part waits here
 * until the seeds and sweeps panel takes it. Tiny and free of the sweep code on purpose:
 * the first visit reads it.
 */
const SWEEP_FRAGMENT = /^#[dD]=[^&]*&(?:seeds|sweep)=/;
let pending: string | null = null;

/** The diagram part of `hash`; a sweep's part is kept for the panel. Other fragments pass unchanged. */
export function diagramPartOf(hash: string): string {
  if (!SWEEP_FRAGMENT.test(hash)) return hash;
  pending = hash;
  return hash.slice(0, hash.indexOf('&'));
}

/** Whether a sweep link is waiting for the panel. */
export function sweepLinkWaiting(): boolean {
  return pending !== null;
}

/** The waiting sweep link (the whole fragment), once: the next call gives null. */
export function takeSweepLink(): string | null {
  const link = pending;
  pending = null;
  return link;
}
