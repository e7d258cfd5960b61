import { HostCallError, type ProviderHost } from "./providerHost";
import { UNKNOWN_VALUE, secretEnvelope, secretKeys, unwrapSecrets } from "./wireValues";

type Props = Record<string, unknown>;

/** One resource as the program declares it: props as registered (secrets as envelopes, `__provider` text). */
export interface DeclaredResource {
  readonly name: string;
  /** The dynamic type token, e.g. `pulumi-nodejs:dynamic/dataworks:Folder`. */
  readonly type: string;
  readonly inputs: Props;
  /** `additionalSecretOutputs`. */
  readonly secretOutputs?: readonly string[];
}

/** One resource in the stack's state. */
export interface StateEntry {
  readonly urn: string;
  readonly type: string;
  readonly id: string;
  readonly inputs: Props;
  readonly outputs: Props;
  /** Output keys stored as secrets. */
  readonly secrets: ReadonlySet<string>;
  /** Set when create or update failed after the object existed (ErrorResourceInitFailed). */
  readonly initErrors?: readonly string[];
}

export type StepOp = "create" | "same" | "update" | "replace" | "delete" | "read" | "refresh-delete";

export interface Step {
  readonly urn: string;
  readonly op: StepOp;
  readonly error?: string;
  /** For diffs: the replace keys and whether the old object goes first. */
  readonly replaces?: readonly string[];
  readonly deleteBeforeReplace?: boolean;
}

export interface RunResult {
  readonly steps: Step[];
  readonly errors: string[];
}

export interface MiniEngineOptions {
  readonly project?: string;
  readonly stack?: string;
  /** The whole stack config, namespaced keys (`dataplatform:endpoint`). */
  readonly config?: Readonly<Record<string, string>>;
  /** Config keys stored as secrets; sent to Configure as secret envelopes. */
  readonly secretConfig?: readonly string[];
}

/**
 * A stand-in for the Pulumi engine's step generator for dynamic resources, with the request shapes
 * of the Go engine (engine.md §2.4, pkg/resource/deploy/step.go and step_generator.go at v3.259.0):
 * - Configure gets the whole stack config with secrets as envelopes; every later call gets plain
 *   values because the host answers acceptSecrets=false, and outputs whose key was a secret input
 *   are marked secret again (`annotateSecrets`);
 * - preview calls Check and Diff only (supportsPreview=false) and uses the checked inputs as outputs;
 * - Diff gets the old *outputs* as olds, the checked inputs as news, and the old inputs;
 * - a "same" step keeps the old outputs and stores the new inputs;
 * - Refresh calls Read(id, properties = old outputs, inputs = old inputs); an empty id drops the
 *   resource; returned inputs replace the stored ones;
 * - an ErrorResourceInitFailed from Create or Update keeps the object in state with its properties;
 * - resources no longer declared are deleted in reverse creation order: a dependency is created
 *   before its dependents, so dependents go first, as the engine's reverse-dependency deletes do.
 * `state` is kept in creation order (a replacement counts as a new creation).
 * Not modelled (engine.md §3.1 "Limits"): explicit dependencies between resources, parallel steps,
 * resource options other than additionalSecretOutputs, targets, plans.
 */
export class MiniEngine {
  readonly state = new Map<string, StateEntry>();
  readonly project: string;
  readonly stack: string;

  constructor(
    readonly host: ProviderHost,
    private readonly options: MiniEngineOptions = {},
  ) {
    this.project = options.project ?? "test";
    this.stack = options.stack ?? "dev";
  }

  urnOf(type: string, name: string): string {
    return `urn:pulumi:${this.stack}::${this.project}::${type}::${name}`;
  }

  /** GetPluginInfo → Handshake → CheckConfig → Configure, as the engine loads a provider plugin. */
  async loadProvider(): Promise<{ version: string; handshake: string; checkConfig: string; acceptSecrets: boolean; supportsPreview: boolean }> {
    const version = await this.host.getPluginInfo();
    const handshake = await this.host.probeUnimplemented("handshake");
    const checkConfig = await this.host.probeUnimplemented("checkConfig");
    const secret = new Set(this.options.secretConfig ?? []);
    const args: Props = {};
    for (const [key, value] of Object.entries(this.options.config ?? {})) {
      args[key] = secret.has(key) ? secretEnvelope(value) : value;
    }
    const configured = await this.host.configure(args);
    return { version, handshake, checkConfig, ...configured };
  }

  /** `pulumi preview`: Check and Diff only; nothing reaches the service. */
  preview(resources: readonly DeclaredResource[]): Promise<RunResult> {
    return this.run(resources, true);
  }

  /** `pulumi up`. */
  up(resources: readonly DeclaredResource[]): Promise<RunResult> {
    return this.run(resources, false);
  }

  /** `pulumi refresh`. */
  async refresh(): Promise<RunResult> {
    const result: RunResult = { steps: [], errors: [] };
    for (const entry of [...this.state.values()]) {
      try {
        const read = await this.host.read(entry.urn, entry.id, entry.outputs, entry.inputs);
        if (read.id === "") {
          this.state.delete(entry.urn);
          result.steps.push({ urn: entry.urn, op: "refresh-delete" });
          continue;
        }
        const inputs = read.inputs ?? entry.inputs;
        this.state.set(entry.urn, {
          ...entry,
          id: read.id,
          inputs,
          outputs: read.properties,
          secrets: annotateSecrets(entry.secrets, read.properties),
        });
        result.steps.push({ urn: entry.urn, op: "read" });
      } catch (error) {
        fail(result, entry.urn, "read", error);
      }
    }
    return result;
  }

  /** `pulumi destroy`. */
  async destroy(): Promise<RunResult> {
    return this.run([], false);
  }

  private async run(resources: readonly DeclaredResource[], preview: boolean): Promise<RunResult> {
    const result: RunResult = { steps: [], errors: [] };
    const seen = new Set<string>();
    for (const resource of resources) {
      const urn = this.urnOf(resource.type, resource.name);
      seen.add(urn);
      try {
        await this.step(urn, resource, preview, result);
      } catch (error) {
        fail(result, urn, "create", error);
      }
    }
    for (const entry of [...this.state.values()].reverse()) {
      if (seen.has(entry.urn)) continue;
      try {
        if (!preview) {
          await this.host.delete(entry.urn, entry.id, entry.outputs, entry.inputs);
          this.state.delete(entry.urn);
        }
        result.steps.push({ urn: entry.urn, op: "delete" });
      } catch (error) {
        fail(result, entry.urn, "delete", error);
      }
    }
    return result;
  }

  private async step(urn: string, resource: DeclaredResource, preview: boolean, result: RunResult): Promise<void> {
    const inputSecrets = new Set([...secretKeys(resource.inputs), ...(resource.secretOutputs ?? [])]);
    const news = unwrapSecrets(resource.inputs) as Props;
    if (!preview && JSON.stringify(news).includes(UNKNOWN_VALUE)) {
      throw new Error(`${urn}: unknown inputs are only possible in preview`);
    }
    const old = this.state.get(urn);
    const checked = await this.host.check(urn, old?.inputs ?? {}, news);
    if (checked.failures.length > 0) {
      throw new Error(
        `${urn}: check failed: ${checked.failures.map((f) => `${f.property}: ${f.reason}`).join("; ")}`,
      );
    }
    const inputs = checked.inputs;

    if (old === undefined) {
      if (!preview) await this.create(urn, resource.type, inputs, inputSecrets);
      result.steps.push({ urn, op: "create" });
      return;
    }
    const diff = await this.host.diff(urn, old.id, old.outputs, inputs, old.inputs);
    const changed =
      diff.changes === "some" ||
      (diff.changes === "unknown" && JSON.stringify(old.inputs) !== JSON.stringify(inputs));
    if (!changed) {
      // A same step keeps the old outputs (and so the old __provider) and stores the new inputs.
      this.state.set(urn, { ...old, inputs });
      result.steps.push({ urn, op: "same" });
      return;
    }
    if (diff.replaces.length > 0) {
      if (!preview) {
        if (diff.deleteBeforeReplace) {
          await this.host.delete(urn, old.id, old.outputs, old.inputs);
          this.state.delete(urn);
          await this.create(urn, resource.type, inputs, inputSecrets);
        } else {
          await this.create(urn, resource.type, inputs, inputSecrets);
          await this.host.delete(urn, old.id, old.outputs, old.inputs);
        }
      }
      result.steps.push({ urn, op: "replace", replaces: diff.replaces, deleteBeforeReplace: diff.deleteBeforeReplace });
      return;
    }
    if (!preview) {
      try {
        const outputs = await this.host.update(urn, old.id, old.outputs, inputs, old.inputs);
        this.state.set(urn, { ...old, inputs, outputs, secrets: annotateSecrets(inputSecrets, outputs) });
      } catch (error) {
        this.keepInitFailure(urn, resource.type, inputs, inputSecrets, error);
        throw error;
      }
    }
    result.steps.push({ urn, op: "update" });
  }

  private async create(urn: string, type: string, inputs: Props, secrets: ReadonlySet<string>): Promise<void> {
    try {
      const created = await this.host.create(urn, inputs);
      this.recordCreated({
        urn,
        type,
        id: created.id,
        inputs,
        outputs: created.properties,
        secrets: annotateSecrets(secrets, created.properties),
      });
    } catch (error) {
      this.keepInitFailure(urn, type, inputs, secrets, error, true);
      throw error;
    }
  }

  /** A new object goes last in the state: deletes (reverse order) take it before what it uses. */
  private recordCreated(entry: StateEntry): void {
    this.state.delete(entry.urn);
    this.state.set(entry.urn, entry);
  }

  /** The engine records a created-but-failed object instead of forgetting it. */
  private keepInitFailure(
    urn: string,
    type: string,
    inputs: Props,
    secrets: ReadonlySet<string>,
    error: unknown,
    created = false,
  ): void {
    if (!(error instanceof HostCallError) || error.initFailure === undefined) return;
    const { id, properties, reasons } = error.initFailure;
    const entry = {
      urn,
      type,
      id,
      inputs,
      outputs: properties,
      secrets: annotateSecrets(secrets, properties),
      initErrors: reasons,
    };
    if (created) this.recordCreated(entry);
    else this.state.set(urn, entry);
  }
}

function annotateSecrets(secrets: ReadonlySet<string>, outputs: Props): ReadonlySet<string> {
  return new Set([...secrets].filter((key) => key in outputs));
}

function fail(result: RunResult, urn: string, op: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  result.steps.push({ urn, op: op as StepOp, error: message });
  result.errors.push(`${urn}: ${message}`);
}
