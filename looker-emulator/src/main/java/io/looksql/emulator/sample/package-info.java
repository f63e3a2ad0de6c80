/** The sample e-commerce LookML project and its deterministic data generator. */
package io.looksql.emulator.sample;
