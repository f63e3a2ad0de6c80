package io.looksql.emulator.lookml;

import java.util.Map;

/**
 * A LookML model ({@code <name>.model.lkml}) with the views it includes.
 *
 * @param name model name (the file name without {@code .model.lkml})
 * @param connection {@code connection}
 * @param label {@code label}, or null
 * @param explores explores by name, in declaration order
 * @param views views included by the model, by name
 * @param sourceFile path of the model file
 */
public record Model(
    String name,
    String connection,
    String label,
    Map<String, Explore> explores,
    Map<String, View> views,
    String sourceFile) {
}
