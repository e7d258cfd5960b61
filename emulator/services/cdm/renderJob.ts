import type { CdmConfigValues, CdmJob } from "./model";
import { latestSubmission, submissionStatus } from "./submissionStatus";

function renderValues(values: CdmConfigValues): Record<string, unknown> {
  const rendered: Record<string, unknown> = {
    configs: values.configs.map((group, index) => ({
      inputs: group.inputs.map((input) => ({ name: input.name, value: input.value })),
      name: group.name,
      id: index + 1,
      type: "JOB",
    })),
  };
  if (values["extended-configs"] !== undefined)
    rendered["extended-configs"] = values["extended-configs"];
  return rendered;
}

/** A `Job` as show/list return it (spec/cdm.md §4.2): the sent fields plus the system fields. */
export function renderJob(job: CdmJob, now: number): Record<string, unknown> {
  const latest = latestSubmission(job);
  const view = latest === undefined ? undefined : submissionStatus(latest, now);
  const succeeded = view?.status === "SUCCEEDED" && latest !== undefined;
  const rows = succeeded ? latest.rows : 0;
  return {
    job_type: job.jobType,
    "from-connector-name": job.fromConnectorName,
    "to-config-values": renderValues(job.toConfigValues),
    "to-link-name": job.toLinkName,
    "driver-config-values": renderValues(job.driverConfigValues),
    "from-config-values": renderValues(job.fromConfigValues),
    "to-connector-name": job.toConnectorName,
    name: job.name,
    "from-link-name": job.fromLinkName,
    "creation-user": job.creationUser,
    "creation-date": job.creationDate,
    "update-user": job.updateUser,
    "update-date": job.updateDate,
    is_incre_job: false,
    flag: 0,
    files_read: 0,
    files_written: 0,
    external_id: latest?.externalId ?? "",
    type: job.jobType,
    execute_start_date: latest?.createdAt ?? 0,
    execute_update_date: view?.lastUpdate ?? 0,
    execute_create_date: latest?.createdAt ?? 0,
    delete_rows: 0,
    update_rows: 0,
    write_rows: 0,
    enabled: true,
    bytes_written: rows * 100,
    bytes_read: rows * 100,
    rows_written: rows,
    rows_read: rows,
    id: job.id,
    is_use_sql: false,
    group_name: "DEFAULT",
    is_incrementing: false,
    // spec/cdm.md §4.2: `NEW` before the first run, else the latest run's status.
    status: view?.status ?? "NEW",
  };
}
