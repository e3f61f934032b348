package dev.showrunner.studio.accounts;

/** An account. The password hash never leaves {@link Accounts}. */
public record User(long id, String email, String name, boolean admin) {}
