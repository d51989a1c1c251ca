package io.crego.contract.stub.server;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.Map;

/**
 * The build's training start for the class-data archive ({@link ArchivedStart}): run with {@code
 * -XX:ArchiveClassesAtExit=crego-stub.jsa -cp crego-stub.jar} it starts the stub as {@code java
 * -jar} would (command line, demo seed, WireMock), answers one Record Listing, stops, and exits, so
 * the JVM writes the classes it loaded on the way to the first answer into the archive. The
 * environment is not read: a developer's {@code CREGO_STUB_*} variables do not shape the build.
 */
public final class ArchiveTraining {

  private ArchiveTraining() {}

  public static void main(String[] args) throws IOException {
    StubMain.raiseReflectionThreshold(); // as a real start does, so the same classes load
    PrintStream discarded = new PrintStream(OutputStream.nullOutputStream());
    StubMain main = new StubMain(Map.of(), discarded, System.err);
    int started = main.execute(new String[] {"--host", "127.0.0.1", "--port", "0", "--quiet"});
    if (started != 0 || main.server() == null) {
      System.err.println("crego-stub archive training: the stub did not start (" + started + ")");
      System.exit(1);
    }
    StubServer server = main.server();
    int status;
    try {
      status = firstListing(server);
    } finally {
      server.close();
    }
    if (status != 200) {
      System.err.println("crego-stub archive training: Record Listing answered " + status);
      System.exit(1);
    }
    System.exit(0);
  }

  /** The call the start-up figure is taken to: GET the first page of records. */
  private static int firstListing(StubServer server) throws IOException {
    HttpURLConnection call =
        (HttpURLConnection)
            URI.create(server.baseUrl() + "/v1/lms/records/?page_size=1").toURL().openConnection();
    call.setRequestProperty("Authorization", "Bearer " + server.devToken());
    try {
      int status = call.getResponseCode();
      if (status == 200) {
        call.getInputStream().readAllBytes();
      }
      return status;
    } finally {
      call.disconnect();
    }
  }
}
