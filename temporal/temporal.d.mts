/** Types of temporal.mjs for TypeScript callers (tests). */
export interface DevServer {
  address: string;
  uiUrl: string;
  reused: boolean;
  /** The server process, when this call started it. */
  pid: number | null;
  logFile: string | null;
  exited: Promise<{ code: number | null; signal: string | null }> | null;
  stop(): Promise<void>;
}
export function startDevServer(options?: { port?: number; uiPort?: number; dbFile?: string | null; namespace?: string; logFile?: string; headless?: boolean; timeoutMs?: number }): Promise<DevServer>;
