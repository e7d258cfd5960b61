import type { FileRecord } from "./model";

/**
 * A derived, in-memory index of file names, so that the uniqueness check of CreateFile (§4.6) does
 * not scan every stored file (the emulator is benchmarked with 10,000 files). It is never persisted:
 * it is rebuilt from the `files` table the first time that table object is seen (after a start, a
 * reload from the state file or a reset, the table is a new object). Entries are only ever added;
 * lookups re-check the records, so a renamed or deleted file's stale entry is harmless.
 */
const INDEXES = new WeakMap<Record<string, FileRecord>, Map<string, Set<number>>>();

const keyOf = (projectId: number, fileName: string): string => `${projectId}\u0000${fileName}`;

function indexOf(files: Record<string, FileRecord>): Map<string, Set<number>> {
  let index = INDEXES.get(files);
  if (index === undefined) {
    index = new Map();
    for (const file of Object.values(files)) add(index, file);
    INDEXES.set(files, index);
  }
  return index;
}

function add(index: Map<string, Set<number>>, file: FileRecord): void {
  const key = keyOf(file.projectId, file.fileName);
  let ids = index.get(key);
  if (ids === undefined) index.set(key, (ids = new Set()));
  ids.add(file.fileId);
}

/** Records to call after a file is stored or renamed. */
export function indexFileName(files: Record<string, FileRecord>, file: FileRecord): void {
  add(indexOf(files), file);
}

/** The stored files of a workspace currently named `fileName` (deleted ones included). */
export function filesNamed(
  files: Record<string, FileRecord>,
  projectId: number,
  fileName: string,
): FileRecord[] {
  const ids = indexOf(files).get(keyOf(projectId, fileName)) ?? new Set<number>();
  const out: FileRecord[] = [];
  for (const id of ids) {
    const file = files[String(id)];
    if (file !== undefined && file.projectId === projectId && file.fileName === fileName)
      out.push(file);
  }
  return out;
}
