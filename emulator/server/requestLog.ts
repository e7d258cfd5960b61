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

/**
 * A bounded in-memory log (oldest entries dropped first) so a long run cannot grow without end. A ring
 * buffer: adding is O(1) on the request path whatever the capacity; listing copies in order.
 */
export class RequestLog {
  private entries: RequestLogEntry[] = [];
  /** Index of the oldest entry once the buffer is full. */
  private start = 0;

  constructor(private readonly capacity: number) {}

  add(entry: RequestLogEntry): void {
    if (this.entries.length < this.capacity) {
      this.entries.push(entry);
      return;
    }
    this.entries[this.start] = entry;
    this.start = (this.start + 1) % this.capacity;
  }

  list(filter: { service?: string; action?: string } = {}): RequestLogEntry[] {
    const ordered = [...this.entries.slice(this.start), ...this.entries.slice(0, this.start)];
    return ordered.filter(
      (entry) =>
        (filter.service === undefined || entry.service === filter.service) &&
        (filter.action === undefined || entry.action === filter.action),
    );
  }

  get size(): number {
    return this.entries.length;
  }

  clear(): void {
    this.entries = [];
    this.start = 0;
  }
}
