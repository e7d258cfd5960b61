import type * as pulumi from "@pulumi/pulumi";
import { AdoptMismatchError } from "./adoptMismatchError";
import { AlreadyExistsError } from "./alreadyExistsError";
import { changedFields, diffOutputs } from "./diffOutputs";
import { checkInputs } from "./checkInputs";
import { errorCategory, errorMessage } from "./errorCategory";
import { isWriteOnly } from "./fieldPolicy";
import { ADOPT, PENDING, PROVIDER_KEY, TIMEOUTS, type TimeoutsInput } from "./frameworkFields";
import type { Logger } from "./logger";
import { PartialFailureError } from "./partialFailureError";
import { progressReporter } from "./progressReporter";
import type { ProviderSettings } from "./providerSettings";
import type {
  AnyResourceDefinition,
  LifecycleOperation,
  Located,
  StepClock,
  StepContext,
} from "./resourceDefinition";

type Props = Record<string, unknown>;

/** What a provider needs from its surroundings; the dispatcher passes the real ones. */
export interface ProviderEnvironment {
  /** Read at every operation, so `configure` and the environment apply at call time. */
  settings(): ProviderSettings;
  readonly log: Logger;
  readonly clock: StepClock;
}

/** Used when a resource has no `timeouts` defaults: waits are bounded anyway. */
const FALLBACK_TIMEOUT_MINUTES = 20;

/**
 * Turns a resource definition into the `ResourceProvider` the SDK's host calls. This is the real
 * provider; what is serialized into state is only the shim (shim.ts).
 */
export function createProvider(
  definition: AnyResourceDefinition,
  environment: ProviderEnvironment,
): Required<Omit<pulumi.dynamic.ResourceProvider, "configure">> {
  const { log, clock } = environment;

  const contextFor = (operation: StepContext["operation"], props: Props): StepContext => {
    const minutes =
      operation === "create" || operation === "update" || operation === "delete"
        ? timeoutMinutes(definition, props, operation)
        : FALLBACK_TIMEOUT_MINUTES;
    return {
      operation,
      log,
      clock,
      timeoutMs: minutes * 60_000,
      progress: (what) => progressReporter(log, what),
    };
  };

  /**
   * Outputs as stored: computed fields from the service, and for write-only fields the value last
   * applied to the object (`applied`, by default the configured inputs): the service never returns
   * them, so the stored value is all the next diff can compare with.
   */
  const finalize = (outs: Props, carried: Props, applied: Props = carried): Props => {
    const result: Props = { ...outs };
    for (const [key, kind] of Object.entries(definition.policy)) {
      if (isWriteOnly(kind)) result[key] = applied[key];
    }
    for (const key of [ADOPT, TIMEOUTS]) result[key] = carried[key];
    delete result[PENDING];
    delete result[PROVIDER_KEY];
    return plainJson(result);
  };

  /** Runs the later steps; once the object exists every failure keeps it in state. */
  const settle = async (api: unknown, found: Located<Props>, inputs: Props, context: StepContext) => {
    try {
      const outs =
        definition.settle === undefined
          ? found.outs
          : await definition.settle(api, found.id, found.outs, inputs, context);
      return { id: found.id, outs: finalize(outs, inputs) };
    } catch (error) {
      throw partialFailure(found, inputs, error);
    }
  };

  /**
   * `applied` holds the write-only values the object now has. When the step that would have sent
   * them failed, they are the ones it had before (for an adopted object, what the lookup reported,
   * usually nothing): recording the configured values instead would make the next diff see nothing
   * to change, and the new secret would never be sent.
   */
  const partialFailure = (
    found: Located<Props>,
    inputs: Props,
    error: unknown,
    applied: Props = inputs,
  ) => {
    const reason = errorMessage(error);
    const properties = { ...finalize(found.outs, inputs, applied), [PENDING]: [reason] };
    return new PartialFailureError(found.id, properties, [reason]);
  };

  const adopt = async (api: unknown, found: Located<Props>, inputs: Props, context: StepContext) => {
    const what = `${definition.type} ${definition.describe(inputs)}`;
    const differing = changedFields(definition, found.outs, inputs).filter(
      (key) => inputs[key] !== undefined || !isWriteOnly(definition.policy[key]),
    );
    const immutable = differing.filter((key) => definition.policy[key] === "replace");
    if (immutable.length > 0) throw new AdoptMismatchError(definition.type, definition.describe(inputs), found.id, immutable);
    if (differing.length === 0) {
      log.info(`Adopted existing ${what} (id ${found.id}); it already matches the program.`);
      return settle(api, found, inputs, context);
    }
    log.info(`Adopting existing ${what} (id ${found.id}); updating ${differing.join(", ")}.`);
    let outs: Props;
    try {
      outs = await definition.update(api, found.id, found.outs, inputs, differing, context);
    } catch (error) {
      throw partialFailure(found, inputs, error, found.outs);
    }
    return settle(api, { id: found.id, outs }, inputs, context);
  };

  /** The AlreadyExistsError a refused create stands for, or undefined when it was no name clash. */
  const clashOf = async (
    api: unknown,
    inputs: Props,
    context: StepContext,
    error: unknown,
  ): Promise<AlreadyExistsError | undefined> => {
    const category = errorCategory(error);
    const lookUp =
      definition.clashFoundByLookup === true && (category === "conflict" || category === "invalid");
    const existing = lookUp ? await definition.find(api, inputs, context) : undefined;
    if (existing === undefined && category !== "conflict") return undefined;
    const named = existing === undefined ? "" : `existing id ${existing.id}; the service said: `;
    return new AlreadyExistsError(
      definition.type,
      definition.describe(inputs),
      named + errorMessage(error),
    );
  };

  /** Creates once; after an ambiguous failure, looks the object up before trying again (decision 9). */
  const createOnce = async (api: unknown, inputs: Props, context: StepContext): Promise<Located<Props>> => {
    try {
      return await definition.create(api, inputs, context);
    } catch (error) {
      const clash = await clashOf(api, inputs, context, error);
      if (clash !== undefined) throw clash;
      if (errorCategory(error) !== "ambiguous") throw error;
      log.warn(
        `Creating ${definition.type} ${definition.describe(inputs)} had an unknown outcome ` +
          `(${errorMessage(error)}); looking it up before trying again.`,
      );
      const found = await definition.find(api, inputs, context);
      if (found !== undefined) return found;
      return definition.create(api, inputs, context);
    }
  };

  return {
    check: async (_olds, news) => checkInputs(definition, withoutProvider(news)),

    diff: async (_id, olds, news) => diffOutputs(definition, withoutProvider(olds), withoutProvider(news)),

    create: async (props) => {
      const inputs = withoutProvider(props);
      const context = contextFor("create", inputs);
      const api = definition.connect(environment.settings());
      if (inputs[ADOPT] === true) {
        const found = await definition.find(api, inputs, context);
        if (found !== undefined) return adopt(api, found, inputs, context);
        log.info(
          `adopt: no existing ${definition.type} ${definition.describe(inputs)}; creating it.`,
        );
      }
      const created = await createOnce(api, inputs, context);
      return settle(api, created, inputs, context);
    },

    read: async (id, props) => {
      const olds = withoutProvider(props);
      const api = definition.connect(environment.settings());
      let live: Props | undefined;
      try {
        live = await definition.read(api, id, olds, contextFor("read", olds));
      } catch (error) {
        if (errorCategory(error) === "notFound") return { id: "" };
        throw error;
      }
      if (live === undefined) return { id: "" };
      const outs = finalize(live, olds);
      // Steps still pending after a partial failure stay pending until an update runs them.
      if (olds[PENDING] !== undefined) outs[PENDING] = olds[PENDING];
      const inputs: Props = {};
      for (const key of [...Object.keys(definition.policy), ADOPT, TIMEOUTS]) {
        if (outs[key] !== undefined) inputs[key] = outs[key];
      }
      return { id, props: outs, inputs };
    },

    update: async (id, oldProps, newProps) => {
      const olds = withoutProvider(oldProps);
      const news = withoutProvider(newProps);
      const context = contextFor("update", news);
      const changed = changedFields(definition, olds, news).filter(
        (key) => definition.policy[key] !== "replace",
      );
      const resuming = olds[PENDING] !== undefined;
      if (changed.length === 0 && !resuming) return { outs: finalize(olds, news) };
      const api = definition.connect(environment.settings());
      const outs =
        changed.length === 0 ? olds : await definition.update(api, id, olds, news, changed, context);
      const settled = await settle(api, { id, outs }, news, context);
      return { outs: settled.outs };
    },

    delete: async (id, props) => {
      const olds = withoutProvider(props);
      const api = definition.connect(environment.settings());
      try {
        await definition.delete(api, id, olds, contextFor("delete", olds));
      } catch (error) {
        // The SDK contract: a failed delete means the object still exists; gone is success.
        if (errorCategory(error) !== "notFound") throw error;
      }
    },
  };
}

function withoutProvider(props: Props): Props {
  const { [PROVIDER_KEY]: _ignored, ...rest } = props;
  return rest;
}

function timeoutMinutes(
  definition: AnyResourceDefinition,
  props: Props,
  operation: LifecycleOperation,
): number {
  const configured = (props[TIMEOUTS] as TimeoutsInput)?.[operation];
  return configured ?? definition.timeouts?.[operation] ?? FALLBACK_TIMEOUT_MINUTES;
}

/** Provider outputs must be plain JSON: the host's Struct encoding throws on `undefined` (engine.md §4). */
function plainJson(value: Props): Props {
  return JSON.parse(JSON.stringify(value)) as Props;
}
