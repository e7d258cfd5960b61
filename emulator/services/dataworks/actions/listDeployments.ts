import type { AlibabaAction } from "../../../types";
import { deploymentView } from "../deploymentStatus";
import { compact } from "../fileView";
import type { DataWorksState } from "../model";
import { fuzzyMatch, pageOf, parsePaging } from "../paging";
import { parseParams } from "../params";
import { resolveProject } from "../workspace";

/**
 * ListDeployments (spec §3.1.10, level 1): the workspace's packages, newest first, with their state
 * at the current emulator time. `Keyword` is fuzzy on the package name. Envelope: `RequestId` and
 * `Data` only (§1.6). Status 6 (rejected) is a valid filter that the emulator never produces.
 */
export const listDeployments: AlibabaAction<DataWorksState> = {
  level: 1,
  handle(params, ctx) {
    const project = resolveProject(params, ctx);
    const p = parseParams(params, {
      Creator: { type: "string" },
      EndCreateTime: { type: "long" },
      Executor: { type: "string" },
      EndExecuteTime: { type: "long" },
      Status: { type: "integer", oneOf: [0, 1, 2, 6] },
      Keyword: { type: "string" },
    });
    const paging = parsePaging(params, false);
    const now = ctx.now();
    const items = Object.values(ctx.state.deployments)
      .filter((d) => d.projectId === project.projectId)
      .sort((a, b) => b.deploymentId - a.deploymentId)
      .map((d) => ({ d, view: deploymentView(d, now) }))
      .filter(
        ({ d, view }) =>
          (p.Creator === undefined || d.creatorId === p.Creator) &&
          (p.EndCreateTime === undefined || d.createTime <= p.EndCreateTime) &&
          (p.Executor === undefined ||
            (view.executeTime !== undefined && d.creatorId === p.Executor)) &&
          (p.EndExecuteTime === undefined ||
            (view.executeTime !== undefined && view.executeTime <= p.EndExecuteTime)) &&
          (p.Status === undefined || view.status === p.Status) &&
          fuzzyMatch(d.name, p.Keyword),
      );
    return {
      RequestId: ctx.requestId,
      Data: {
        PageNumber: paging.pageNumber,
        PageSize: paging.pageSize,
        TotalCount: items.length,
        Deployments: pageOf(items, paging).map(({ d, view }) =>
          compact({
            Status: view.status,
            ErrorMessage: view.errorMessage,
            CreateTime: d.createTime,
            Executor: view.executeTime === undefined ? undefined : d.creatorId,
            Creator: d.creatorId,
            ExecuteTime: view.executeTime,
            Name: d.name,
            Id: d.deploymentId,
          }),
        ),
      },
    };
  },
};
