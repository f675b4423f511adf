import { startNeo4j, statusNeo4j, stopNeo4j } from "./launcher";
import { MissingToolError } from "./maven";
import { serverFiles, settingsFromEnv, shownPath } from "./settings";

const USAGE = `usage: neo4j-server <start|stop|status>
  start    start Neo4j in the background (harmless when it already runs); returns when Bolt answers
  stop     stop it cleanly and wait until it has exited
  status   say whether it runs and answers
environment: NEO4J_BOLT_PORT (7687) NEO4J_DATA_DIR (data/neo4j) NEO4J_HEAP (1g) NEO4J_PAGECACHE (512m)
             NEO4J_START_TIMEOUT (180 seconds)`;

const say = (line: string) => console.error(line);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main(command: string | undefined): Promise<number> {
  if (command !== "start" && command !== "stop" && command !== "status") {
    console.error(USAGE);
    return 2;
  }
  const settings = settingsFromEnv();
  if (command === "start") {
    const r = await startNeo4j(settings, say);
    const file = shownPath(r.connectionFile);
    say(
      r.state === "started"
        ? `${r.answer.agent} ready on ${r.connection.NEO4J_URI} (Bolt ${r.answer.protocol}) in ${seconds(r.ms)}, pid ${r.pid}`
        : `${r.answer.agent} already running on ${r.connection.NEO4J_URI} (Bolt ${r.answer.protocol}), pid ${r.pid}`,
    );
    say(`connection: ${file}  (load it into a shell: set -a; . ${file}; set +a)`);
    return 0;
  }
  if (command === "stop") {
    const r = await stopNeo4j(settings);
    if (r.state === "not-running") say("Neo4j is not running");
    else if (r.state === "stopped") say(`Neo4j stopped (pid ${r.pid}) in ${seconds(r.ms)}`);
    else
      say(`Neo4j did not stop in time and was killed (pid ${r.pid}); it will recover its data at next start`);
    return 0;
  }
  const s = await statusNeo4j(settings);
  if (s.pid === null) {
    say("Neo4j is not running");
    return 3;
  }
  say(
    s.answer
      ? `${s.answer.agent} running on ${s.connection?.NEO4J_URI} (Bolt ${s.answer.protocol}), pid ${s.pid}`
      : `Neo4j process ${s.pid} is running but Bolt does not answer (starting, or see ${shownPath(serverFiles(settings.dir).log)})`,
  );
  return s.answer ? 0 : 1;
}

/** Exit codes: 0 done, 1 failed, 2 usage, 3 not running (status), 4 Java or Maven missing. */
main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof MissingToolError) {
      console.error(error.message);
      process.exit(4);
    }
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
