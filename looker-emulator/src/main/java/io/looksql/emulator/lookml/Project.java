package io.looksql.emulator.lookml;

import java.util.Map;

/**
 * A loaded LookML project: its models by name, each with the views it includes.
 *
 * @param name project name
 * @param models models by name, in file order
 */
public record Project(String name, Map<String, Model> models) {
}
