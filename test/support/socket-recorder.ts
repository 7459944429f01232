import { io, type Socket } from 'socket.io-client';

/** Records every event a socket receives from the moment it connects, so none can be missed. */
export class SocketRecorder {
  private readonly seen = new Map<string, unknown[]>();

  constructor(socket: Socket) {
    socket.onAny((name: string, payload: unknown) => {
      this.seen.set(name, [...(this.seen.get(name) ?? []), payload]);
    });
  }

  /** Every `name` event received so far. */
  all<T>(name: string): T[] {
    return (this.seen.get(name) as T[] | undefined) ?? [];
  }

  /** The first `name` event (already received or still to come) that matches. */
  async next<T>(name: string, predicate: (payload: T) => boolean, timeoutMs = 30_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = (this.seen.get(name) as T[] | undefined)?.find(predicate);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no ${name} event within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/** A signed-in staff member's socket.io connection, recording from the first event; resolves once the server says ready. */
export async function connectStaffSocket(baseUrl: string, cookie: string): Promise<{ socket: Socket; events: SocketRecorder }> {
  const socket = io(baseUrl, { path: '/socket.io', extraHeaders: { cookie }, transports: ['websocket'] });
  const events = new SocketRecorder(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('ready', () => resolve());
    socket.once('connect_error', reject);
  });
  return { socket, events };
}
