import type { ModeNumber } from '../knowledge/modes';

/** Where a value came from in its document, so rules can point at it. */
export interface Origin {
  readonly uri: string;
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

export interface Sourced<T> {
  readonly value: T;
  readonly origin?: Origin;
}

/**
 * The bond as every format describes it: a name, a mode, kernel options by their kernel names, and ports.
 * Runtime dumps and configuration files both map into this, so comparisons between them need no format knowledge.
 */
export interface BondConfig {
  readonly source: 'proc' | 'ifcfg';
  readonly uri: string;
  readonly name?: string;
  readonly mode?: Sourced<ModeNumber>;
  /** Kernel option name → value in kernel syntax (milliseconds for delays, names for enums). */
  readonly options: ReadonlyMap<string, Sourced<string>>;
  readonly ports: readonly Sourced<string>[];
}
