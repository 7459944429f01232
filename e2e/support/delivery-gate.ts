/**
 * Holds back the SMS simulator's delivery reports ("delivered" status webhooks) until the test lets them go.
 *
 * The simulator reports delivery ~200 ms after a send, usually before a person could open the
 * conversation, so without this a browser test cannot tell a live status update from a page that simply
 * loaded the final status. Real carriers take seconds; the gate makes that timing deterministic. Everything
 * else stays real: the held request is the simulator's own signed POST to the status webhook, sent on
 * unchanged when released, through the API, database, realtime push and the console.
 *
 * Works because the API, the worker's activities and this test share one process (RunningSystem).
 */
export class DeliveryReportGate {
  private readonly originalFetch = globalThis.fetch;
  private open = false;
  private readonly waiting: Array<() => void> = [];
  private readonly heldListeners: Array<() => void> = [];
  private heldCount = 0;

  private constructor(private readonly statusWebhookUrl: string) {}

  /** Starts holding every POST to `<baseUrl>/api/webhooks/twilio/status`. */
  static install(baseUrl: string): DeliveryReportGate {
    const gate = new DeliveryReportGate(`${baseUrl}/api/webhooks/twilio/status`);
    const original = gate.originalFetch;
    globalThis.fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (gate.open || url !== gate.statusWebhookUrl) return original(input, init);
      gate.heldCount += 1;
      for (const notify of gate.heldListeners.splice(0)) notify();
      await new Promise<void>((resolve) => gate.waiting.push(resolve));
      // The sender's own 10 s timeout started when it built the request; give the released request a fresh one.
      return original(input, { ...init, signal: AbortSignal.timeout(10_000) });
    };
    return gate;
  }

  get held(): number {
    return this.heldCount;
  }

  /** Resolves once at least `count` delivery reports are being held; rejects after `timeoutMs`. */
  async waitUntilHolding(count: number, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.heldCount < count) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`expected ${count} delivery report(s) to be held within ${timeoutMs} ms, saw ${this.heldCount}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.heldListeners.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Lets every held report through, and all later ones pass straight away. */
  release(): void {
    this.open = true;
    for (const go of this.waiting.splice(0)) go();
  }

  /** Releases anything held and puts the real fetch back. */
  uninstall(): void {
    this.release();
    globalThis.fetch = this.originalFetch;
  }
}
