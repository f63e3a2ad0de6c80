package io.looksql.client.model;

import java.util.List;

/**
 * OpenAPI {@code ApiVersion}: the answer of {@code GET /versions}.
 *
 * @param lookerReleaseVersion e.g. {@code 26.12.0}
 * @param currentVersion the version clients should use
 * @param supportedVersions all versions served
 * @param apiServerUrl base URL of the API server
 * @param webServerUrl base URL of the web UI
 */
public record ApiVersion(String lookerReleaseVersion, ApiVersionElement currentVersion,
    List<ApiVersionElement> supportedVersions, String apiServerUrl, String webServerUrl) {
  /** Creates an ApiVersion; a null list becomes empty. */
  public ApiVersion {
    supportedVersions = Lists.copy(supportedVersions);
  }
}
