import { workspaceVitestConfig } from "../../vitest.shared.js";

export default workspaceVitestConfig({ testTimeout: 30_000, hookTimeout: 30_000 });
