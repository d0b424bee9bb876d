/** A worker thread of {@link CheckPool}: checks the loaded pages it is sent, one at a time. */
import { parentPort, workerData } from "node:worker_threads";
import { checkLoaded } from "../check.js";
import { resolveConfig } from "../config/resolve.js";
import { OriginalLibrary } from "../originals/library.js";
import type { LoadOutcome } from "../load/types.js";
import type { WorkerSetup } from "./pool.js";

const { options, articles } = workerData as WorkerSetup;
const library = articles ? new OriginalLibrary(articles) : null;

parentPort!.on("message", ({ id, outcome }: { id: number; outcome: LoadOutcome }) => {
  const input = outcome.ok ? outcome.page.input : outcome.input;
  const config = resolveConfig(options, { input, cwd: options.cwd });
  parentPort!.postMessage({ id, result: checkLoaded(outcome, config, library, options.forceAuthors) });
});
