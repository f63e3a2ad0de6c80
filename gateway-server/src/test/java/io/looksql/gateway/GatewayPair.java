package io.looksql.gateway;

import org.apache.calcite.avatica.remote.Driver.Serialization;

/** A protobuf and a JSON gateway over the shared emulator, for tests that run over both. */
final class GatewayPair implements AutoCloseable {
  private final GatewayServer protobuf = GatewayFixture.gateway(Serialization.PROTOBUF).start();
  private final GatewayServer json = GatewayFixture.gateway(Serialization.JSON).start();

  /** Returns the gateway with this serialization. */
  GatewayServer get(Serialization s) {
    return s == Serialization.PROTOBUF ? protobuf : json;
  }

  @Override public void close() {
    protobuf.close();
    json.close();
  }
}
