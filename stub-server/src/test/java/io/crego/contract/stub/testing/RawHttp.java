package io.crego.contract.stub.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * HTTP on a socket of its own (no pooling, no retry), for what {@link StubHttp} cannot do: send a
 * request line a client library would refuse ({@code java.net.URI} will not send {@code %00}), and
 * read an answer a fault breaks on purpose, byte by byte.
 */
public final class RawHttp {

  private static final int CONNECT_TIMEOUT_MS = 5_000;
  private static final int READ_TIMEOUT_MS = 10_000;

  private RawHttp() {}

  /** What came back until the stub closed the connection, and whether it was reset instead. */
  public record Answer(byte[] bytes, boolean reset) {

    public String text() {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    @Override
    public String toString() {
      String text = text();
      return (reset ? "reset after " : "")
          + bytes.length
          + " bytes: "
          + text.substring(0, Math.min(120, text.length()));
    }
  }

  /** {@code GET path HTTP/1.1} to the stub on this loopback port, with these headers. */
  public static Answer get(int port, String path, Map<String, String> headers) throws IOException {
    StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    headers.forEach(
        (name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
    request.append("Connection: close\r\n\r\n");
    return exchange(port, request.toString().getBytes(StandardCharsets.US_ASCII));
  }

  /** Writes these bytes as they are and reads the answer to the end. */
  public static Answer exchange(int port, byte[] request) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), CONNECT_TIMEOUT_MS);
      socket.setSoTimeout(READ_TIMEOUT_MS);
      socket.getOutputStream().write(request);
      socket.getOutputStream().flush();
      ByteArrayOutputStream received = new ByteArrayOutputStream();
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[4096];
      try {
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          received.write(buffer, 0, n);
        }
      } catch (SocketException e) {
        return new Answer(received.toByteArray(), true);
      }
      return new Answer(received.toByteArray(), false);
    }
  }
}
