package io.crego.contract.stub.core;

/**
 * Who is calling: the company whose data a request sees, and the user behind the token. Every read
 * and write of the store is scoped by {@code companyId}; two companies never see each other's data.
 */
public record Tenant(String companyId, String userId) {}
