package dev.showrunner.studio.accounts;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/** bcrypt hashing. The cost is stored in each hash, so it can rise without a migration. */
public final class Passwords {

    static final int MIN_LENGTH = 8;
    /**
     * The demo accounts' password, printed by {@code serve} and in the README: known to all, so
     * refused for sign-in when the studio listens beyond this computer, and never taken as a
     * new password.
     */
    public static final String DEMO = "showrunner-demo";
    /** bcrypt reads at most 72 bytes; longer passwords are refused rather than cut silently. */
    static final int MAX_BYTES = 72;

    private final int cost;

    Passwords(int cost) {
        this.cost = cost;
    }

    String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    boolean matches(String password, String hash) {
        byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_BYTES) {
            return false;
        }
        return BCrypt.verifyer().verify(bytes, hash.getBytes(StandardCharsets.UTF_8)).verified;
    }

    /** A hash to check against when the account does not exist, so timing does not tell. */
    String decoy() {
        return hash("not a password of anyone");
    }
}
