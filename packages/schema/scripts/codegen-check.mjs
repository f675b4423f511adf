// Fails when a generated file is not what `pnpm codegen` would write now: the SDL changed and the
// resolver types were not regenerated (or someone edited the generated file by hand).
import { readFile } from "node:fs/promises";
import { generate, loadCodegenConfig } from "@graphql-codegen/cli";

const { config } = await loadCodegenConfig({ configFilePath: "codegen.ts" });
const outputs = await generate({ ...config, silent: true }, false);
const stale = [];
for (const { filename, content } of outputs) {
  const committed = await readFile(filename, "utf8").catch(() => null);
  if (committed !== content) stale.push(filename);
}
if (stale.length > 0) {
  console.error(`Stale generated file(s): ${stale.join(", ")}. Run \`pnpm --filter @bpx/schema codegen\`.`);
  process.exit(1);
}
