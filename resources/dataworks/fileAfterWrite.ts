import type { FileInputs, FileOutputs } from "./fileInputs";

/**
 * What CreateFile or UpdateFile just left in the service, handed from the create or update step to
 * the publishing step that follows it (`settle`) within one operation, so that publishing need not
 * read the file again (spec/dataworks.md §4.2: submit and deploy straight after the write).
 * Keyed by the outputs object the step returned, which the framework passes on to `settle`; outputs
 * from anywhere else (a lookup, the state of an earlier run) carry nothing, and publishing reads
 * the live file as before.
 */
export interface FileAfterWrite {
  /** `CommitStatus` after the write: 0 once CreateFile or UpdateFile saved new code (§4.2). */
  readonly commitStatus: number;
  /**
   * The live file in the input's form after the write, or undefined when it was not read (a
   * CreateFile: the service picks the default output names, §3.1.1).
   */
  readonly form: Partial<FileInputs> | undefined;
}

const written = new WeakMap<FileOutputs, FileAfterWrite>();

export function rememberAfterWrite(outs: FileOutputs, state: FileAfterWrite): FileOutputs {
  written.set(outs, state);
  return outs;
}

/** The state recorded for these outputs, once: a later operation must read the service again. */
export function takeAfterWrite(outs: FileOutputs): FileAfterWrite | undefined {
  const state = written.get(outs);
  written.delete(outs);
  return state;
}
