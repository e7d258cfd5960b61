import { strict as assert } from "node:assert";
import { createCluster } from "../../../../emulator/services/cdm/createCluster";
import { createLink } from "../../../../emulator/services/cdm/createLink";
import type { CdmState } from "../../../../emulator/services/cdm/model";
import { initialCdmState } from "../../../../emulator/services/cdm/model";
import type { HuaweiResponse, HuaweiRoute, ServiceContext } from "../../../../emulator/types";
import { EmulatorError } from "../../../../emulator/types";
import { FakeClock } from "../../../helpers/fakeClock";
import { clusterBody, CONNECTOR_SAMPLES, linkBody } from "./cdmFixtures";

export const PROJECT = "0123456789abcdef0123456789abcdef";

export interface CallInput {
  readonly path?: Record<string, string>;
  readonly query?: Record<string, string>;
  readonly body?: unknown;
  readonly projectId?: string;
}

/** Calls CDM handlers directly with a fake clock, deterministic ids and a plain-JSON state. */
export class CdmHarness {
  readonly clock = new FakeClock();
  state: CdmState = initialCdmState();
  private ids = 0;

  constructor(public options: Record<string, unknown> = {}) {}

  ctx(): ServiceContext<CdmState> {
    return {
      state: this.state,
      now: () => this.clock.now(),
      timeScale: 1,
      requestId: `request-${this.ids}`,
      newId: () => {
        this.ids += 1;
        return `00000000-0000-4000-8000-${String(this.ids).padStart(12, "0")}`;
      },
      options: this.options,
    };
  }

  call(route: HuaweiRoute<CdmState>, input: CallInput = {}): HuaweiResponse {
    return route.handle(
      {
        method: route.method,
        pathParams: input.path ?? {},
        query: new URLSearchParams(input.query ?? {}),
        body: input.body,
        headers: {},
        projectId: input.projectId ?? PROJECT,
        accessKey: "HWLOCALDATAPLATFORM",
      },
      this.ctx(),
    );
  }

  /** The body of a successful call, as a loosely typed object. */
  ok(route: HuaweiRoute<CdmState>, input: CallInput = {}): Record<string, any> {
    const answer = this.call(route, input);
    assert.ok(answer.status >= 200 && answer.status < 300, `status ${answer.status}`);
    return answer.body as Record<string, any>;
  }

  /** The EmulatorError a call throws (fails the test when it does not throw). */
  fail(route: HuaweiRoute<CdmState>, input: CallInput = {}): EmulatorError {
    try {
      this.call(route, input);
    } catch (err) {
      if (err instanceof EmulatorError) return err;
      throw err;
    }
    assert.fail(`${route.action} did not fail`);
  }

  /** Creates a cluster and advances the clock until it is running; returns its id. */
  runningCluster(name = "cdm-test"): string {
    const id = this.ok(createCluster, { body: clusterBody(name) })["id"] as string;
    this.clock.advance(60 * 60_000);
    return id;
  }

  /** Serialises and reloads the state, as a restart with a state file does. */
  restart(): void {
    this.state = JSON.parse(JSON.stringify(this.state)) as CdmState;
  }
}

/** A running cluster with the `mysql_link` and `obs_link` links the default job uses. */
export function clusterWithLinks(harness: CdmHarness): string {
  const id = harness.runningCluster();
  for (const [name, connector] of [
    ["mysql_link", "generic-jdbc-connector"],
    ["obs_link", "obs-connector"],
  ] as const) {
    harness.ok(createLink, {
      path: { cluster_id: id },
      body: linkBody(name, connector, CONNECTOR_SAMPLES[connector] ?? {}),
    });
  }
  return id;
}
