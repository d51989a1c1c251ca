package io.crego.contract.stub.core;

/**
 * Whose calls a fault applies to: everyone's, one company's, or one user's, so that developers
 * sharing a stub do not break each other's screens.
 *
 * @param companyId the company whose calls it affects, or null for any company
 * @param userId the user whose calls it affects, or null for any user
 * @param username the user's name as the admin API was given it (for listing), or null
 */
public record FaultScope(String companyId, String userId, String username) {

  public static final FaultScope EVERYONE = new FaultScope(null, null, null);

  public static FaultScope company(String companyId) {
    return new FaultScope(companyId, null, null);
  }

  public static FaultScope user(String username, Tenant tenant) {
    return new FaultScope(null, tenant.userId(), username);
  }

  boolean covers(Tenant tenant) {
    return (companyId == null || companyId.equals(tenant.companyId()))
        && (userId == null || userId.equals(tenant.userId()));
  }

  /** 2 for one user, 1 for one company, 0 for everyone: the narrower fault wins. */
  int narrowness() {
    return userId != null ? 2 : companyId != null ? 1 : 0;
  }
}
