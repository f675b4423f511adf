package bpx.neo4j;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.ByteUnit;

/**
 * Neo4j Community Edition with its Bolt connector, as a standalone process. Everything comes from
 * the environment the launcher (packages/neo4j-server/src/launcher.ts) sets; the password travels
 * in the environment, never on the command line where `ps` would show it.
 *
 * <p>SIGTERM runs the shutdown hook, which closes the DBMS cleanly (checkpoint, then exit).
 */
public final class Server {
  private Server() {}

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isEmpty() ? fallback : value;
  }

  public static void main(String[] args) throws InterruptedException {
    Path home = Path.of(env("BPX_NEO4J_HOME", "data/neo4j/home")).toAbsolutePath();
    String host = env("BPX_NEO4J_HOST", "127.0.0.1");
    int port = Integer.parseInt(env("BPX_NEO4J_BOLT_PORT", "7687"));
    long pageCacheMb = Long.parseLong(env("BPX_NEO4J_PAGECACHE_MB", "512"));
    String password = System.getenv("BPX_NEO4J_PASSWORD");
    if (password == null || password.length() < 8) {
      System.err.println("BPX_NEO4J_PASSWORD must hold the password (8 characters or more)");
      System.exit(2);
    }

    long started = System.nanoTime();
    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
            // Keep a day of transaction logs, not the default week: the curated graph is reloadable.
            // Grow log files as written instead of preallocating 256 MiB per database up front.
            .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 days")
            .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
            .setConfig(GraphDatabaseSettings.udc_enabled, false)
            // Netty's graceful shutdown waits a 5 s quiet period per event loop group (10 s in all);
            // one second is plenty for a local server and makes `neo4j:stop` take ~2 s.
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 1)
            .build();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("stopping: closing the databases");
                  dbms.shutdown();
                  System.out.println("stopped");
                  stopped.countDown();
                }));

    setPassword(dbms.database("system"), password, home.resolve("password.sha256"));
    System.out.printf(
        "ready: Neo4j Community %s on bolt://%s:%d in %.1f s%n",
        org.neo4j.kernel.internal.Version.getNeo4jVersion(),
        host,
        port,
        (System.nanoTime() - started) / 1e9);
    stopped.await();
  }

  /**
   * Sets the `neo4j` user's password through the system database, with no change required at
   * first login. The first Cypher statement of a process costs seconds (planner start-up), so a
   * digest of the password last set is kept beside the data and the statement runs only when the
   * password differs. Neo4j refuses to "change" a password to the one it has: that is fine too.
   */
  private static void setPassword(GraphDatabaseService system, String password, Path digestFile) {
    String digest = sha256(password);
    try {
      if (Files.exists(digestFile) && Files.readString(digestFile).trim().equals(digest)) {
        System.out.println("password already set for user neo4j");
        return;
      }
    } catch (IOException e) {
      System.out.println("password digest unreadable, setting the password again: " + e.getMessage());
    }
    try (Transaction tx = system.beginTx()) {
      tx.execute(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
      tx.commit();
      System.out.println("password set for user neo4j");
    } catch (QueryExecutionException e) {
      if (!e.getMessage().contains("cannot be the same")) throw e;
      System.out.println("password unchanged for user neo4j");
    }
    try {
      Files.writeString(digestFile, digest + "\n");
    } catch (IOException e) {
      System.out.println("could not record the password digest: " + e.getMessage());
    }
  }

  private static String sha256(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
