/** One line of `GET /__emulator/requests`: what was called and how it ended, never a secret. */
export interface RequestLogEntry {
  /** Emulator time, ISO-8601. */
  readonly time: string;
  readonly requestId: string;
  readonly service: string;
  /** Wire action (`CreateFile`, `createCluster`), or `METHOD /path` when nothing matched. */
  readonly action: string;
  readonly method: string;
  readonly path: string;
  /** The access key or IAM user that authenticated, when one did. */
  readonly caller?: string;
  /** Parameters (Alibaba) or `{ query, body, pathParams }` (Huawei), with secrets masked. */
  readonly parameters: unknown;
  readonly status: number;
  readonly errorCode?: string;
  /** Faults applied to this request, e.g. `latency:200`, `error:Throttling.Api`, `resetAfter`. */
  readonly faults?: readonly string[];
}

/** A bounded in-memory log (oldest entries dropped first) so a long run cannot grow without end. */
export class RequestLog {
  private entries: RequestLogEntry[] = [];

  constructor(private readonly capacity: number) {}

  add(entry: RequestLogEntry): void {
    this.entries.push(entry);
    if (this.entries.length > this.capacity) {
      this.entries.splice(0, this.entries.length - this.capacity);
    }
  }

  list(filter: { service?: string; action?: string } = {}): RequestLogEntry[] {
    return this.entries.filter(
      (entry) =>
        (filter.service === undefined || entry.service === filter.service) &&
        (filter.action === undefined || entry.action === filter.action),
    );
  }

  clear(): void {
    this.entries = [];
  }
}
