/**
 * Main-thread time of the extension's own scripts in a page, from a DevTools trace, in two
 * parts:
 * - exact: the trace events of V8 running or compiling a script whose URL is the extension's
 *   (`chrome-extension://…`: the content script's run, its event listeners, timers and
 *   frames), on the page's renderer main thread, counted once where they nest;
 * - sampled: microtasks (promise callbacks, such as what runs once storage answered, and
 *   mutation observers) carry no script URL in the trace; they run in checkpoints shared with
 *   the page's own. DevTools attributes them by the CPU profiler's samples, and so does this:
 *   each checkpoint's thread time times the share of its samples whose stack holds an
 *   extension frame.
 * The page's own work and other processes' (the extension's service worker) are left out, and
 * the time is the thread's own clock (time it ran, not time it waited for a core), so the
 * figure does not swing with what else the machine is doing the way a difference of two
 * whole-page timings does. The profiler slows what it samples (it records every function V8
 * compiles), so the exact part comes from traces without it.
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
  /** Profile chunks (`ProfileChunk`) belong to the profile (`Profile`) of the same id. */
  id?: string;
  args?: {
    data?: {
      url?: string;
      scriptName?: string;
      /** `Profile`: when sampling started (trace clock, µs). */
      startTime?: number;
      /** `ProfileChunk`: new stack nodes and the samples (leaf node ids) with their time steps. */
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
    fileName?: string;
  };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string };
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
/** The CPU profiler's samples, in the trace: for the sampled part only. */
const SAMPLES = 'disabled-by-default-v8.cpu_profiler';
const EXTENSION_URL = 'chrome-extension://';

function urlOf(event: TraceEvent): string {
  return event.args?.data?.url ?? event.args?.data?.scriptName ?? event.args?.fileName ?? '';
}

/**
 * Starts a trace on the page's session, with the CPU profiler's samples when `samples`; the
 * returned function stops it and gives the events.
 */
export async function startTrace(
  cdp: CDPSession,
  { samples = false } = {},
): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const onData = (batch: { value: object[] }) => events.push(...(batch.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: samples ? [...CATEGORIES, SAMPLES] : CATEGORIES,
      excludedCategories: ['*'],
    },
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
  const start = contentScriptStart(events, scriptUrl);
  return union(ownScriptEvents(events, start)) / 1000;
}

/** The content script's first event: its thread is the page's main thread. */
function contentScriptStart(events: TraceEvent[], scriptUrl: RegExp): TraceEvent {
  const start = events.find((e) => SCRIPT_EVENTS.has(e.name) && scriptUrl.test(urlOf(e)));
  if (!start)
    throw new Error(
      `The trace shows no run of the content script (${scriptUrl.source}): did it load on this page?`,
    );
  return start;
}

/** Complete events of the extension's scripts on `start`'s thread, by thread clock. */
function ownScriptEvents(events: TraceEvent[], start: TraceEvent): TraceEvent[] {
  return events
    .filter(
      (e) =>
        e.pid === start.pid &&
        e.tid === start.tid &&
        e.ph === 'X' &&
        e.tts !== undefined &&
        e.tdur !== undefined &&
        SCRIPT_EVENTS.has(e.name) &&
        urlOf(e).startsWith(EXTENSION_URL),
    )
    .sort((a, b) => a.tts! - b.tts!);
}

/** Thread time (µs) the events cover, counted once where they nest or overlap. */
function union(own: TraceEvent[]): number {
  let total = 0;
  let coveredUntil = -Infinity;
  for (const event of own) {
    const end = event.tts! + event.tdur!;
    if (end <= coveredUntil) continue;
    total += end - Math.max(event.tts!, coveredUntil);
    coveredUntil = end;
  }
  return total;
}

/** The CPU profiler's samples on one thread: when (trace clock) and whether in the extension. */
function samplesOf(events: TraceEvent[], pid: number, tid: number) {
  const samples: { ts: number; extension: boolean }[] = [];
  for (const profile of events) {
    if (profile.name !== 'Profile' || profile.pid !== pid || profile.tid !== tid) continue;
    const nodes = new Map<number, ProfileNode>();
    let ts = profile.args?.data?.startTime ?? 0;
    for (const chunk of events) {
      if (chunk.name !== 'ProfileChunk' || chunk.id !== profile.id) continue;
      for (const node of chunk.args?.data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
      const ids = chunk.args?.data?.cpuProfile?.samples ?? [];
      const deltas = chunk.args?.data?.timeDeltas ?? [];
      ids.forEach((id, i) => {
        ts += deltas[i] ?? 0;
        let extension = false;
        for (let node = nodes.get(id); node && !extension; node = nodes.get(node.parent ?? -1))
          extension = (node.callFrame.url ?? '').startsWith(EXTENSION_URL);
        samples.push({ ts, extension });
      });
    }
  }
  return samples;
}

/**
 * Milliseconds of thread time of the extension's microtasks on the page's main thread, from a
 * trace started with `samples`: each microtask checkpoint (`RunMicrotasks`) outside the
 * extension's own events (those are counted whole by `extensionScriptMs`), times the share of
 * the profiler's samples inside it that are in the extension's code. A checkpoint too short
 * to be sampled counts for nothing.
 */
export function extensionMicrotaskMs(events: TraceEvent[], scriptUrl: RegExp): number {
  const start = contentScriptStart(events, scriptUrl);
  const samples = samplesOf(events, start.pid, start.tid);
  if (!samples.length)
    throw new Error('The trace holds no CPU profiler samples: start it with { samples: true }.');
  const own = ownScriptEvents(events, start);
  const inOwn = (e: TraceEvent) =>
    own.some((o) => o.ts <= e.ts && e.ts + (e.dur ?? 0) <= o.ts + (o.dur ?? 0));
  let total = 0;
  for (const checkpoint of events) {
    if (
      checkpoint.name !== 'RunMicrotasks' ||
      checkpoint.ph !== 'X' ||
      checkpoint.pid !== start.pid ||
      checkpoint.tid !== start.tid ||
      checkpoint.tdur === undefined ||
      checkpoint.ts < start.ts ||
      inOwn(checkpoint)
    )
      continue;
    const end = checkpoint.ts + (checkpoint.dur ?? 0);
    const inside = samples.filter((s) => s.ts >= checkpoint.ts && s.ts <= end);
    if (inside.length)
      total += (checkpoint.tdur * inside.filter((s) => s.extension).length) / inside.length;
  }
  return total / 1000;
}
