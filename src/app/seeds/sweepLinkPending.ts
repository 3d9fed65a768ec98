/**
 * A sweep link (`#d=<diagram>&seeds=…&sweep=…`, docs/sweeps.md) opened as a page: the
 * diagram part goes through the usual shared-link gate, and the sweep part waits here for
 * the seeds and sweeps panel. It keeps waiting until the person runs a sweep or closes the
 * panel: opening a link may mount the editor more than once, and each mount must find it.
 * Tiny and free of the sweep code on purpose: the first visit reads it.
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

/** The waiting sweep link (the whole fragment), or null. */
export function waitingSweepLink(): string | null {
  return pending;
}

/** The person ran a sweep or closed the panel: the link has done its work. */
export function dismissSweepLink(): void {
  pending = null;
}
