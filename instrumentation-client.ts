// Runs in the browser before hydration (Next's instrumentation-client convention).
import { presetZodJitless } from "./lib/core/zod-jitless";

presetZodJitless();
