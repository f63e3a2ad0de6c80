package io.looksql.emulator.server;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;

/**
 * A response body stream for the {@code stall_body} fault: the first bytes go out at once, then
 * the body stalls once, so that the client's read of the rest blocks, and the rest follows. A
 * client that closed the response meanwhile makes the writes after the stall fail, which ends the
 * handler.
 */
final class StalledBody extends FilterOutputStream {
  private final long stallMs;
  private long remaining;
  private boolean stalled;

  StalledBody(OutputStream body, long afterBytes, long stallMs) {
    super(body);
    this.remaining = afterBytes;
    this.stallMs = stallMs;
  }

  @Override public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override public void write(byte[] b, int off, int len) throws IOException {
    int now = (int) Math.min(len, remaining);
    out.write(b, off, now);
    remaining -= now;
    if (now == len) {
      return;
    }
    if (!stalled) {
      stalled = true;
      // The client gets the bytes let through before the stall.
      out.flush();
      try {
        Thread.sleep(stallMs);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("stall_body fault interrupted");
      }
    }
    out.write(b, off + now, len - now);
  }
}
