// Preloaded into the Playground process (node -r ./exit-with-parent.cjs cli.js ...) by
// playground-e2e.mjs: if the driver dies without cleaning up (SIGKILL, a test runner's hard kill),
// the Playground is re-parented and exits by itself instead of lingering as an orphan.
'use strict';
const parent = process.ppid;
const timer = setInterval(() => {
  if (process.ppid !== parent) process.exit(0);
}, 500);
timer.unref();
