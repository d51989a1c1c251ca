package io.crego.contract.conformance.cli;

/**
 * Writes the reports of what ran when the JVM is stopped in the middle of a run (SIGTERM from a CI
 * time-out, Ctrl-C): without it a killed run leaves an empty report folder. The run's own final
 * writing holds the same lock, so the two never write a file at once, and once the run has written
 * its reports the hook has nothing left to do.
 */
final class ReportsOnShutdown implements AutoCloseable {

  private final Runnable writePartialReports;
  private final Thread hook;
  private boolean finished;

  ReportsOnShutdown(Runnable writePartialReports) {
    this.writePartialReports = writePartialReports;
    this.hook = new Thread(this::onShutdown, "crego-reports-on-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  private synchronized void onShutdown() {
    if (!finished) {
      finished = true;
      writePartialReports.run();
    }
  }

  /**
   * Writes the run's final reports; the hook does nothing from then on. Does nothing itself when
   * the hook already wrote the reports of a stopped run: they would no longer agree with each
   * other.
   */
  synchronized void finish(Runnable writeFinalReports) {
    if (finished) {
      return;
    }
    try {
      writeFinalReports.run();
    } finally {
      finished = true;
    }
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the JVM is already stopping: the hook runs (or ran) and finds the reports written
    }
  }
}
