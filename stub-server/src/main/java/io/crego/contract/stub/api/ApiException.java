package io.crego.contract.stub.api;

import io.crego.contract.spec.model.ErrorCode;
import io.crego.contract.spec.model.ErrorDetail;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request the stub refuses, with everything the spec's {@code Error} body carries. Thrown
 * anywhere in a handler; the dispatcher turns it into the response. Never used for bugs: an
 * unexpected exception is a 500 and a defect.
 */
public final class ApiException extends RuntimeException {

  private final int status;
  private final ErrorCode code;
  private final List<ErrorDetail> errors;
  private final Map<String, Object> details;

  public ApiException(
      int status,
      ErrorCode code,
      String message,
      List<ErrorDetail> errors,
      Map<String, Object> details) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.errors = List.copyOf(errors);
    this.details = details == null ? Map.of() : new LinkedHashMap<>(details);
  }

  public static ApiException validation(List<ErrorDetail> errors) {
    String message =
        errors.size() == 1
            ? "The request has 1 invalid field."
            : "The request has " + errors.size() + " invalid fields.";
    return new ApiException(400, ErrorCode.VALIDATION_FAILED, message, errors, null);
  }

  public static ApiException invalid(ErrorDetail error) {
    return validation(List.of(error));
  }

  /** 404 for an id (in the path or the body) that names nothing in the caller's company. */
  public static ApiException notFound(String resource, String id, ErrorDetail where) {
    return new ApiException(
        404, ErrorCode.NOT_FOUND, "No " + resource + " " + id + ".", List.of(where), null);
  }

  public static ApiException conflict(ErrorCode code, String message, Map<String, Object> details) {
    return new ApiException(409, code, message, List.of(), details);
  }

  /** 409 for an operation the resource's lifecycle does not allow in its current state. */
  public static ApiException transitionNotAllowed(
      String resource, String currentStatus, String operationId, List<String> allowedFrom) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("resource", resource);
    details.put("current_status", currentStatus);
    details.put("operation", operationId);
    details.put("allowed_from", allowedFrom);
    String allowed = allowedFrom.isEmpty() ? "none" : String.join(", ", allowedFrom);
    return conflict(
        ErrorCode.TRANSITION_NOT_ALLOWED,
        operationId
            + " is not allowed for a "
            + resource
            + " in status "
            + currentStatus
            + " (allowed from: "
            + allowed
            + ").",
        details);
  }

  /**
   * 409 {@code NOT_APPLICABLE} for a call that acts under a parent (a topup, line or disbursement
   * on an account; a fee or adjustment on a loan) whose parent is not in a status that allows it:
   * the contract's one rule for a parent in the wrong state. {@code TRANSITION_NOT_ALLOWED} stays
   * for the resource the call itself moves through its lifecycle.
   */
  public static ApiException parentNotReady(
      String parent,
      String parentId,
      String currentStatus,
      String operationId,
      List<String> requiredStatus,
      ParentField where) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("resource", parent);
    details.put("id", parentId);
    details.put("current_status", currentStatus);
    details.put("operation", operationId);
    details.put("required_status", requiredStatus);
    String wanted = String.join(" or ", requiredStatus);
    ErrorDetail field =
        ErrorDetails.of(
            where.in(), where.field(), "is " + currentStatus + "; needs status " + wanted);
    return new ApiException(
        409,
        ErrorCode.NOT_APPLICABLE,
        operationId
            + (parent.matches("^[aeiou].*") ? " needs an " : " needs a ")
            + parent
            + " in status "
            + wanted
            + "; "
            + parent
            + " "
            + parentId
            + " is "
            + currentStatus
            + ".",
        List.of(field),
        details);
  }

  /** The request field that names the parent: {@code body /account_id}, {@code path /id}. */
  public record ParentField(String in, String field) {
    public static ParentField body(String pointer) {
      return new ParentField("body", pointer);
    }

    public static ParentField path(String name) {
      return new ParentField("path", "/" + name);
    }
  }

  public int status() {
    return status;
  }

  public ErrorCode code() {
    return code;
  }

  public List<ErrorDetail> errors() {
    return errors;
  }

  public Map<String, Object> details() {
    return details;
  }
}
