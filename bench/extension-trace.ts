/**
 * Main-thread time of the extension's own scripts in a page, from a DevTools trace: the
 * trace events of V8 running or compiling a script whose URL is the extension's
 * (`chrome-extension://…`), on the page's renderer main thread, counted once where they nest.
 * The page's own work and other processes' (the extension's service worker) are left out, and
 * the time is the thread's own clock (time it ran, not time it waited for a core), so the
 * figure does not swing with what else the machine is doing the way a difference of two
 * whole-page timings does.
 */
import type { CDPSession } from 'playwright';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread clock: when the thread started it, and how long the thread ran it. */
  tts?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; scriptName?: string }; fileName?: string };
}

/** Trace events that are a script running or being compiled, with the script's URL. */
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'FunctionCall',
  'TimerFire',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.produceModuleCache',
  'v8.run',
  'v8.callFunction',
  'EventDispatch',
  'FireAnimationFrame',
]);

const CATEGORIES = ['devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-v8.compile'];

function urlOf(event: TraceEvent): string {
  return event.args?.data?.url ?? event.args?.data?.scriptName ?? event.args?.fileName ?? '';
}

/** Starts a trace on the page's session; the returned function stops it and gives the events. */
export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const onData = (batch: { value: object[] }) => events.push(...(batch.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: CATEGORIES, excludedCategories: ['*'] },
  });
  return async () => {
    const complete = new Promise<void>((resolve) =>
      cdp.once('Tracing.tracingComplete', () => resolve()),
    );
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

/**
 * Milliseconds of thread time the extension's scripts (`scriptUrl` names the content script)
 * took on the page's main thread: the thread that ran the content script; complete events ('X') with an extension
 * URL; an event inside another counted one is not counted again.
 */
export function extensionScriptMs(events: TraceEvent[], scriptUrl: RegExp): number {
  const start = events.find((e) => SCRIPT_EVENTS.has(e.name) && scriptUrl.test(urlOf(e)));
  if (!start)
    throw new Error(
      `The trace shows no run of the content script (${scriptUrl.source}): did it load on this page?`,
    );
  const own = events
    .filter(
      (e) =>
        e.pid === start.pid &&
        e.tid === start.tid &&
        e.ph === 'X' &&
        e.tts !== undefined &&
        e.tdur !== undefined &&
        SCRIPT_EVENTS.has(e.name) &&
        urlOf(e).startsWith('chrome-extension://'),
    )
    .sort((a, b) => a.tts! - b.tts!);
  let total = 0;
  let coveredUntil = -Infinity;
  for (const event of own) {
    const end = event.tts! + event.tdur!;
    if (end <= coveredUntil) continue;
    total += end - Math.max(event.tts!, coveredUntil);
    coveredUntil = end;
  }
  return total / 1000;
}
