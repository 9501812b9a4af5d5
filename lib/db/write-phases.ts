/**
 * Where a write's time goes, phase by phase, for `npm run bench:ingest`: while a recorder is installed, `phase`
 * adds the time of each step to its phase's total, less the time of the phases it encloses (so the totals add up
 * to the time measured); otherwise it only runs the step. Meant for one write at a time, as the bench runs them:
 * steps of concurrent writes in one process would be counted in each other's phases.
 */
let totals: Map<string, number> | null = null;
/** The phases running now, innermost last, each with the time its inner phases took. */
const open: Array<{ inner: number }> = [];

/** Starts recording (from zero) and returns the totals, in ms by phase, as they grow. */
export function recordWritePhases(): Map<string, number> {
  totals = new Map();
  return totals;
}

export function stopRecordingWritePhases(): void {
  totals = null;
}

function enter(): { started: number; frame: { inner: number } } {
  const frame = { inner: 0 };
  open.push(frame);
  return { started: performance.now(), frame };
}

function leave(into: Map<string, number>, name: string, { started, frame }: ReturnType<typeof enter>): void {
  const elapsed = performance.now() - started;
  open.splice(open.lastIndexOf(frame), 1);
  const outer = open.at(-1);
  if (outer) outer.inner += elapsed;
  into.set(name, (into.get(name) ?? 0) + elapsed - frame.inner);
}

export async function phase<T>(name: string, step: () => Promise<T>): Promise<T> {
  if (!totals) return step();
  const into = totals;
  const entered = enter();
  try {
    return await step();
  } finally {
    leave(into, name, entered);
  }
}

/** The same for a step that does not wait. */
export function phaseSync<T>(name: string, step: () => T): T {
  if (!totals) return step();
  const into = totals;
  const entered = enter();
  try {
    return step();
  } finally {
    leave(into, name, entered);
  }
}
