package io.looksql.emulator.lookml;

/** Error in a LookML project (syntax or unknown reference), naming the file, line and column. */
public final class LookmlException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final SourcePosition position;

  /** Creates a LookmlException; the message is prefixed with the position. */
  public LookmlException(SourcePosition position, String message) {
    super(position == null ? message : position + ": " + message);
    this.position = position;
  }

  /** Returns where the problem is, or null when it is not tied to one place. */
  public SourcePosition position() {
    return position;
  }
}
