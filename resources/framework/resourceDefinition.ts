import type { z } from "zod";
import type { FieldPolicy } from "./fieldPolicy";
import type { Logger } from "./logger";
import type { ProgressCallback } from "./progressReporter";
import type { ProviderSettings } from "./providerSettings";

/** Minutes each lifecycle operation may take (ARCHITECTURE decision 7: `customTimeouts` is ignored). */
export interface Timeouts {
  readonly create: number;
  readonly update: number;
  readonly delete: number;
}

export type LifecycleOperation = keyof Timeouts;

/** Time for the steps; the same shape as provider/'s Clock. */
export interface StepClock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** What every step gets besides the client. */
export interface StepContext {
  readonly operation: LifecycleOperation | "read" | "check";
  readonly log: Logger;
  readonly clock: StepClock;
  /** How long waits of this operation may take in total (from the `timeouts` input or the default). */
  readonly timeoutMs: number;
  /** A poller callback that logs state and elapsed time (ARCHITECTURE decision 10). */
  progress(what: string): ProgressCallback;
}

/** An object found or created: its ID and its outputs (the input fields plus computed ones). */
export interface Located<Outputs> {
  readonly id: string;
  readonly outs: Outputs;
}

/**
 * One resource, described once. The framework turns it into the provider (check, diff, create with
 * adoption and ambiguous-failure lookup, read, update, delete, partial failures, timeouts).
 *
 * `Inputs` are the checked inputs (after defaults and normalisation); `Outputs` are `Inputs` plus the
 * computed fields, in the input's form, so that diff can compare outputs with new inputs.
 */
export interface ResourceDefinition<Inputs extends object, Outputs extends Inputs, Api> {
  /** `<service>:<Resource>`, e.g. `dataworks:Folder`; the serialized provider names only this. */
  readonly type: string;
  /** The input fields with their defaults and normalisation. */
  readonly fields: { readonly [K in keyof Inputs]-?: z.ZodType<Inputs[K], unknown> };
  /** Cross-field rules; run only when no input is unknown (preview). */
  readonly rules?: (inputs: Inputs, issues: IssueSink) => void;
  readonly policy: FieldPolicy<Inputs>;
  /** Outputs the service assigns. */
  readonly computed: readonly (keyof Outputs & string)[];
  /** True for objects keyed by name: the old one must go before a replacement can take the name. */
  readonly deleteBeforeReplace: boolean;
  /**
   * True when the service documents no code for a natural-key clash (e.g. DataWorks folders and
   * business flows, spec/dataworks.md §4.6, §6 q27 and q30): a create refused as `invalid` or
   * `conflict` is then a clash when `find` locates the object, named in the error.
   */
  readonly clashFoundByLookup?: boolean;
  /** Default minutes per operation; present for resources with asynchronous steps. */
  readonly timeouts?: Timeouts;
  /** The natural key in words, for messages: `folder "a/b" in workspace 10`. */
  describe(inputs: Inputs): string;
  /** Builds the client from settings; called per operation, never captured. */
  connect(settings: ProviderSettings): Api;
  /** Looks the object up by its natural key (adoption, ambiguous create failures). */
  find(api: Api, inputs: Inputs, context: StepContext): Promise<Located<Outputs> | undefined>;
  /** Creates the object: the one step after which it exists. */
  create(api: Api, inputs: Inputs, context: StepContext): Promise<Located<Outputs>>;
  /** Later steps after create or update (submit, deploy, wait); a failure here is partial. */
  settle?(api: Api, id: string, outs: Outputs, inputs: Inputs, context: StepContext): Promise<Outputs>;
  /** Live outputs in the input's form, or undefined when the object is gone. */
  read(api: Api, id: string, olds: Outputs, context: StepContext): Promise<Outputs | undefined>;
  /** Changes the fields listed (update, writeOnly or secret ones) in place. */
  update(
    api: Api,
    id: string,
    olds: Outputs,
    news: Inputs,
    changed: readonly (keyof Inputs & string)[],
    context: StepContext,
  ): Promise<Outputs>;
  delete(api: Api, id: string, olds: Outputs, context: StepContext): Promise<void>;
}

/** Where cross-field rules report a problem. */
export interface IssueSink {
  add(property: string, message: string): void;
}

/** Erases the type parameters for the registry and the dispatcher. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyResourceDefinition = ResourceDefinition<any, any, any>;

/** Identity, for type inference at the definition site. */
export function defineResource<Inputs extends object, Outputs extends Inputs, Api>(
  definition: ResourceDefinition<Inputs, Outputs, Api>,
): ResourceDefinition<Inputs, Outputs, Api> {
  return definition;
}
