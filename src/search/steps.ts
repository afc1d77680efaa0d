// Work split into steps (generators that yield between small pieces), run either at once or in
// slices that give the event loop back, so a knowledge reload never holds up the turns being answered.

export type Steps<T> = Generator<void, T>;

/** Runs all steps now. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the steps in slices of about sliceMs, letting other callbacks (incoming requests) run in between. */
export async function runStepsInSlices<T>(steps: Steps<T>, sliceMs: number): Promise<T> {
  let sliceStarted = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStarted >= sliceMs) {
      await new Promise((resolve) => setImmediate(resolve));
      sliceStarted = performance.now();
    }
  }
}
