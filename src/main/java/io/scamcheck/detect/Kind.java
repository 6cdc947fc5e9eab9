package io.scamcheck.detect;

/**
 * The catalogue of finding kinds from DETECTORS.md. The ids are a contract (JSON output, fixtures, the
 * evaluation harness): never rename one. Each kind has its default severity and its words in the bundle
 * under {@code kind.<id>.title}, {@code .explanation} and {@code .advice}.
 */
public enum Kind {
    MAC_ADDRESS_CLAIM("mac-address-claim", Severity.DANGER),
    IP_ADDRESS_CLAIM("ip-address-claim", Severity.WARNING),
    CRIME_ACCUSATION("crime-accusation", Severity.DANGER),
    FAKE_LAW("fake-law", Severity.WARNING),
    LICENSE_CANCELLATION("license-cancellation", Severity.DANGER),
    FAKE_VIRUS_ALERT("fake-virus-alert", Severity.DANGER),
    HACKED_DEVICE_CLAIM("hacked-device-claim", Severity.DANGER),
    PASSWORD_SHOWN("password-shown", Severity.DANGER),
    SENT_FROM_YOUR_ACCOUNT("sent-from-your-account", Severity.WARNING),
    CALL_THIS_NUMBER("call-this-number", Severity.DANGER),
    REMOTE_ACCESS_REQUEST("remote-access-request", Severity.DANGER),
    UNUSUAL_PAYMENT("unusual-payment", Severity.DANGER),
    CRYPTO_ADDRESS("crypto-address", Severity.DANGER),
    CREDENTIALS_REQUEST("credentials-request", Severity.DANGER),
    PERSONAL_INFO_REQUEST("personal-info-request", Severity.WARNING),
    DANGEROUS_ATTACHMENT("dangerous-attachment", Severity.DANGER),
    URGENT_DEADLINE("urgent-deadline", Severity.CAUTION),
    THREAT_OF_CONSEQUENCES("threat-of-consequences", Severity.WARNING),
    SECRECY_REQUEST("secrecy-request", Severity.WARNING),
    TOO_GOOD_TO_BE_TRUE("too-good-to-be-true", Severity.WARNING),
    UNEXPECTED_CHARGE("unexpected-charge", Severity.WARNING),
    BRAND_IMPERSONATION("brand-impersonation", Severity.DANGER),
    AUTHORITY_IMPERSONATION("authority-impersonation", Severity.WARNING),
    LOOKALIKE_DOMAIN("lookalike-domain", Severity.DANGER),
    REPLY_TO_MISMATCH("reply-to-mismatch", Severity.CAUTION),
    DISPLAY_NAME_MISMATCH("display-name-mismatch", Severity.WARNING),
    FAILED_AUTHENTICATION("failed-authentication", Severity.WARNING),
    LINK_TEXT_MISMATCH("link-text-mismatch", Severity.WARNING),
    SUSPICIOUS_LINK("suspicious-link", Severity.WARNING),
    DISGUISED_TEXT("disguised-text", Severity.WARNING),
    ODD_CAPITALIZATION("odd-capitalization", Severity.CAUTION),
    GENERIC_GREETING("generic-greeting", Severity.CAUTION),
    MASS_MAILING("mass-mailing", Severity.INFO);

    private final String id;
    private final Severity defaultSeverity;

    Kind(String id, Severity defaultSeverity) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
    }

    public String id() {
        return id;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    public String titleKey() {
        return "kind." + id + ".title";
    }

    public String explanationKey() {
        return "kind." + id + ".explanation";
    }

    public String adviceKey() {
        return "kind." + id + ".advice";
    }

    public static Kind byId(String id) {
        for (Kind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown kind: " + id);
    }
}
