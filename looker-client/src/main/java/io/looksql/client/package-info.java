/**
 * A client for the Looker API 4.0: {@link io.looksql.client.LookerClient}, configured by
 * {@link io.looksql.client.LookerClientConfig}, with results streamed as
 * {@link io.looksql.client.QueryRows} and failures reported as
 * {@link io.looksql.client.LookerApiException}.
 */
package io.looksql.client;
