package io.looksql.emulator.expression;

import java.util.List;

/**
 * A function call.
 *
 * @param function the function
 * @param arguments its arguments, in order
 * @param position where the function's name starts
 */
public record Call(BuiltinFunction function, List<Node> arguments, int position) implements Node {
  /** Creates a Call, copying the argument list. */
  public Call {
    arguments = List.copyOf(arguments);
  }
}
