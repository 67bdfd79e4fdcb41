/**
 * Returning a large message's memory when it has been handled. V8 frees a large Buffer or
 * SharedArrayBuffer only at its next collection, and a thread that goes quiet after a 50 MB message
 * (the HTTP thread once it is stored, a validation worker after its chunks, the processing thread after
 * the batch) may not collect for a long time: meanwhile every copy it made still counts in the
 * process's memory, and the next large message comes on top of it. Node gives the collector only
 * behind --expose-gc: `exposeCollector` sets that flag once, first thing in a process (the gateway's
 * main.js), before any worker thread starts — V8 flags are process-wide and changing them while other
 * threads run is unsafe, so nothing here touches them afterwards. A process without the flag (a
 * library user, a test run without it) does not collect explicitly.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Messages from this size on are followed by a collection on the threads that handled them. */
export const LARGE_MESSAGE_BYTES = 8 * 1024 * 1024;

let collector: (() => void) | null | undefined;
let scheduled = false;

/** Makes the collector available to this process and the worker threads it starts later: call once, at start-up. */
export function exposeCollector(): void {
  setFlagsFromString('--expose-gc');
}

/** This thread's collector: on its global when the flag was set before the thread started, else from a new context. */
function obtainCollector(): (() => void) | null {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (typeof exposed === 'function') return exposed;
  const found: unknown = runInNewContext('typeof gc === "function" ? gc : null');
  return typeof found === 'function' ? (found as () => void) : null;
}

/**
 * A full collection on this thread, now: between the phases of processing a large message, so the
 * garbage of one phase (tens of megabytes of rows, strings and arrays) is gone before the next makes
 * its own — V8 would otherwise let the heap grow to twice what is alive first. A pause of about a
 * hundred milliseconds on a heap of a few hundred megabytes, so only for LARGE_MESSAGE_BYTES and up.
 */
export function collectGarbageNow(): void {
  collector ??= obtainCollector();
  collector?.();
}

/** collectGarbageNow once what is running now is done (several requests in the same turn share one). */
export function collectGarbageSoon(): void {
  if (scheduled) return;
  scheduled = true;
  setImmediate(() => {
    scheduled = false;
    collectGarbageNow();
  }).unref();
}
