package io.looksql.emulator.server;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A response body stream that lets a number of bytes through and then fails, for the
 * {@code drop_body} fault; a body no longer than the allowance is sent whole. The failure
 * propagates out of the handler, which makes the server drop the connection; once cut, closing
 * this stream does not close the real one, since that would end a chunked body cleanly and hide
 * the fault.
 */
final class BodyCutter extends FilterOutputStream {
  private long remaining;
  private boolean cut;

  BodyCutter(OutputStream body, long afterBytes) {
    super(body);
    this.remaining = afterBytes;
  }

  @Override public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override public void write(byte[] b, int off, int len) throws IOException {
    if (len <= remaining) {
      out.write(b, off, len);
      remaining -= len;
      return;
    }
    int through = (int) remaining;
    out.write(b, off, through);
    remaining = 0;
    cut = true;
    // Put the bytes let through on the wire before the connection goes.
    out.flush();
    throw new ResponseAbortedException(new IOException("connection dropped by an injected fault"));
  }

  /** Ends a body that fitted in the allowance normally; a cut one is left for the server to drop. */
  @Override public void close() throws IOException {
    if (!cut) {
      out.close();
    }
  }
}
