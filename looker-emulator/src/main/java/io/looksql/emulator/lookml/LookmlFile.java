package io.looksql.emulator.lookml;

/** One LookML source file: its project-relative path (e.g. {@code views/orders.view.lkml}) and text. */
public record LookmlFile(String path, String content) {
}
