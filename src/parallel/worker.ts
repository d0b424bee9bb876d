/**
 * A worker thread of {@link CheckPool}: loads the files it is sent (or takes pages already
 * loaded), then pre-filters and checks them exactly as {@link check} does on one thread.
 */
import { parentPort, workerData } from "node:worker_threads";
import { checkLoaded } from "../check.js";
import { resolveConfig } from "../config/resolve.js";
import { loadInput } from "../load/index.js";
import { OriginalLibrary } from "../originals/library.js";
import type { CheckTask, WorkerSetup } from "./pool.js";

const { options, load, articles } = workerData as WorkerSetup;
const library = articles ? new OriginalLibrary(articles) : null;

parentPort!.on("message", async ({ id, task }: { id: number; task: CheckTask }) => {
  // loadInput never throws, and sets `explicit` from the ref as loadAll does.
  const outcome = "ref" in task ? await loadInput(task.ref, load ?? {}) : task.outcome;
  const input = outcome.ok ? outcome.page.input : outcome.input;
  const config = resolveConfig(options, { input, cwd: options.cwd });
  parentPort!.postMessage({ id, result: checkLoaded(outcome, config, library, options.forceAuthors) });
});
