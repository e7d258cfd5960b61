/** DataWorks emulator state (plain JSON; persisted by the core). */
export interface DataWorksState {
  readonly version: 1;
}

export function initialDataWorksState(): DataWorksState {
  return { version: 1 };
}
