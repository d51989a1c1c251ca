package io.crego.contract.stub.http;

/** The port asked for is taken by another process. */
public final class PortInUseException extends RuntimeException {

  private final int port;

  public PortInUseException(int port, Throwable cause) {
    super("port " + port + " is in use", cause);
    this.port = port;
  }

  public int port() {
    return port;
  }
}
