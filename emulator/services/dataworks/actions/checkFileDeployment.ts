import type { AlibabaAction } from "../../../types";
import { invalidParam } from "../errors";
import type { DataWorksState } from "../model";
import { parseParams } from "../params";

/**
 * CheckFileDeployment (spec §3.1.9, level 1): an extension reports its verdict on a submitted
 * package. Checker instances exist only when the emulator runs with `deploymentCheck: "callback"`
 * (their IDs, `1_<DeploymentId>_1`, are visible in the state dump); the package then waits in
 * `CheckingStatus` 8 until this call: OK and WARN let it run, FAIL ends it with `CheckingStatus` 7.
 */
export const checkFileDeployment: AlibabaAction<DataWorksState> = {
  level: 1,
  handle(params, ctx) {
    const p = parseParams(params, {
      CheckerInstanceId: { type: "string", required: true },
      Status: { type: "string", required: true, oneOf: ["OK", "WARN", "FAIL"] },
      CheckDetailUrl: { type: "string" },
    });
    const deployment = Object.values(ctx.state.deployments).find(
      (d) => d.check?.mode === "callback" && d.check.checkerInstanceId === p.CheckerInstanceId,
    );
    if (deployment?.check === undefined) {
      throw invalidParam(
        `no deployment check is waiting for CheckerInstanceId ${p.CheckerInstanceId}`,
      );
    }
    if (deployment.check.result !== undefined && deployment.check.result !== p.Status) {
      throw invalidParam(
        `the check ${p.CheckerInstanceId} was already reported as ${deployment.check.result}`,
      );
    }
    if (deployment.check.result === undefined) {
      deployment.check.result = p.Status;
      deployment.check.decidedAt = ctx.now();
    }
    // Minimal envelope: RequestId only (§1.6).
    return { RequestId: ctx.requestId };
  },
};
