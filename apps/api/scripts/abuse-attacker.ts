/**
 * The barrage's attacker as a process of its own, as a real one would be another machine: its
 * sending and reading never delay the normal clients' own measurements in scripts/abuse.ts.
 * Usage: node --import tsx scripts/abuse-attacker.ts <base URL> <count> <concurrency>
 * Prints "sending" on a line of its own as the first requests go out, then the answers as one
 * JSON array.
 */
import { sendAbusive } from "../src/abuse";

const [base, count, concurrency] = process.argv.slice(2);
if (!base) throw new Error("usage: abuse-attacker.ts <base URL> <count> <concurrency>");
const answers = await sendAbusive(base, Number(count ?? 1000), Number(concurrency ?? 10), () =>
  process.stdout.write("sending\n"),
);
process.stdout.write(JSON.stringify(answers));
