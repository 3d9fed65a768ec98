// Types for firstVisit.mjs (plain JavaScript so that node runs it without a build step).
import type { Browser } from '@playwright/test';

export const FIRST_VISIT_BUDGET_KB: number;
export const INTERACTIVE_MARK: string;

export interface ServedDist {
  url: string;
  /** Request paths in arrival order. */
  log: string[];
  close(): Promise<void>;
}

export interface FirstVisit {
  /** ms from navigation to a node drawn and Play enabled. */
  interactiveMs: number;
  /** JavaScript requested before interactive, with its gzip -9 size. */
  scripts: { path: string; gzipBytes: number }[];
  totalKb: number;
  /** JavaScript requested afterwards. */
  later: string[];
}

export function serveDist(dist: string): Promise<ServedDist>;
export function interactiveProbe(mark: string): void;
export function measureFirstVisit(
  browser: Browser,
  served: ServedDist,
  dist: string,
  options?: { viewport?: { width: number; height: number } },
): Promise<FirstVisit>;
export function formatFirstVisit(visit: Pick<FirstVisit, 'scripts' | 'totalKb' | 'later'>): string[];
export function exists(file: string): boolean;
