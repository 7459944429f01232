import { Injectable, inject } from '@angular/core';
import { AuthService } from '../auth.service';

const DB_NAME = 'beacon-offline';
const STORE = 'responses';
/** The AES key lives only in this tab's sessionStorage: closing the tab or signing out makes the saved copies unreadable. */
const KEY_STORAGE = 'beacon.offlineKey';
/** Enough for the conversation list, the staff member's locations and the last few dozen threads. */
const MAX_ENTRIES = 80;

interface SealedEntry {
  url: string;
  iv: Uint8Array<ArrayBuffer>;
  data: ArrayBuffer;
  savedAt: number;
}

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function toBase64(bytes: ArrayBuffer): string {
  return btoa(String.fromCharCode(...new Uint8Array(bytes)));
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

/**
 * Saved copies of API answers (conversation list, threads, who is signed in) so they stay readable
 * offline. They are PHI on a phone: every entry is AES-256-GCM encrypted with a key that is generated
 * per browser session and kept only in sessionStorage, and everything is deleted on sign-out.
 */
@Injectable({ providedIn: 'root' })
export class OfflineCache {
  private readonly available = typeof indexedDB !== 'undefined' && typeof crypto !== 'undefined' && !!crypto.subtle;
  private dbPromise: Promise<IDBDatabase> | null = null;
  private keyPromise: Promise<CryptoKey> | null = null;

  private readonly auth = inject(AuthService);

  constructor() {
    this.auth.onSessionEnd(() => void this.clear());
  }

  /** Saves `body` as the answer to `url`; `signedIn` says the answer itself proves a session (login, me). */
  async put(url: string, body: unknown, signedIn = false): Promise<void> {
    if (!this.available || body === null || body === undefined) return;
    // An answer landing after sign-out must not start a new saved copy.
    if (!signedIn && !this.auth.staff()) return;
    try {
      const key = await this.key();
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(JSON.stringify(body)));
      const db = await this.db();
      const entry: SealedEntry = { url, iv, data, savedAt: Date.now() };
      await requestResult(db.transaction(STORE, 'readwrite').objectStore(STORE).put(entry));
      await this.prune(db);
    } catch {
      /* a copy that cannot be saved only means this answer is not available offline */
    }
  }

  /** The saved answer for `url`, or undefined when there is none this session. */
  async get<T>(url: string): Promise<T | undefined> {
    if (!this.available) return undefined;
    try {
      const db = await this.db();
      const entry = await requestResult<SealedEntry | undefined>(db.transaction(STORE).objectStore(STORE).get(url));
      if (!entry) return undefined;
      const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: entry.iv }, await this.key(), entry.data);
      return JSON.parse(new TextDecoder().decode(plain)) as T;
    } catch {
      return undefined;
    }
  }

  /** Deletes every saved copy and forgets the key. */
  async clear(): Promise<void> {
    this.keyPromise = null;
    try {
      sessionStorage.removeItem(KEY_STORAGE);
    } catch {
      /* no sessionStorage: the key was only in memory */
    }
    if (!this.available) return;
    try {
      const db = await this.db();
      await requestResult(db.transaction(STORE, 'readwrite').objectStore(STORE).clear());
    } catch {
      /* nothing saved */
    }
  }

  private db(): Promise<IDBDatabase> {
    this.dbPromise ??= new Promise((resolve, reject) => {
      const open = indexedDB.open(DB_NAME, 1);
      open.onupgradeneeded = () => open.result.createObjectStore(STORE, { keyPath: 'url' }).createIndex('savedAt', 'savedAt');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('IndexedDB unavailable'));
    });
    return this.dbPromise;
  }

  private key(): Promise<CryptoKey> {
    this.keyPromise ??= this.loadOrCreateKey();
    return this.keyPromise;
  }

  private async loadOrCreateKey(): Promise<CryptoKey> {
    let stored: string | null = null;
    try {
      stored = sessionStorage.getItem(KEY_STORAGE);
    } catch {
      stored = null;
    }
    if (stored) return crypto.subtle.importKey('raw', fromBase64(stored), 'AES-GCM', false, ['encrypt', 'decrypt']);
    // A new session: copies sealed under an earlier key can never be read again, so drop them.
    const db = await this.db();
    await requestResult(db.transaction(STORE, 'readwrite').objectStore(STORE).clear());
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
    try {
      sessionStorage.setItem(KEY_STORAGE, toBase64(await crypto.subtle.exportKey('raw', key)));
    } catch {
      /* kept in memory only: offline copies last until this page is closed */
    }
    return key;
  }

  /** Keeps the newest MAX_ENTRIES answers. */
  private async prune(db: IDBDatabase): Promise<void> {
    const store = db.transaction(STORE, 'readwrite').objectStore(STORE);
    const count = await requestResult(store.count());
    if (count <= MAX_ENTRIES) return;
    let excess = count - MAX_ENTRIES;
    await new Promise<void>((resolve, reject) => {
      const cursor = store.index('savedAt').openCursor();
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (!c || excess <= 0) return resolve();
        c.delete();
        excess -= 1;
        c.continue();
      };
      cursor.onerror = () => reject(cursor.error ?? new Error('IndexedDB cursor failed'));
    });
  }
}
