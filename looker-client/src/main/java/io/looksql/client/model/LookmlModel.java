package io.looksql.client.model;

import java.util.List;

/**
 * OpenAPI {@code LookmlModel}: a LookML model with the names of its explores.
 *
 * @param name model name
 * @param label label shown in the UI
 * @param projectName the LookML project
 * @param allowedDbConnectionNames connections the model may use
 * @param unlimitedDbConnections whether any connection may be used
 * @param hasContent whether the model has explores
 * @param explores the explores the caller can see
 */
public record LookmlModel(String name, String label, String projectName,
    List<String> allowedDbConnectionNames, Boolean unlimitedDbConnections, Boolean hasContent,
    List<LookmlModelNavExplore> explores) {
  /** Creates a LookmlModel; null lists become empty. */
  public LookmlModel {
    allowedDbConnectionNames = Lists.copy(allowedDbConnectionNames);
    explores = Lists.copy(explores);
  }
}
