/**
 * A Looker-API-compatible emulator: {@link io.looksql.emulator.LookerEmulator} starts one in
 * process, {@link io.looksql.emulator.EmulatorMain} from the command line.
 */
package io.looksql.emulator;
