package io.scamcheck.verdict;

/** The three answers. There is deliberately no "safe". */
public enum Verdict {
    LIKELY_SCAM("likely-scam"),
    SUSPICIOUS("suspicious"),
    NO_SIGNS_FOUND("no-signs-found");

    private final String id;

    Verdict(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public String headlineKey() {
        return "verdict." + id + ".headline";
    }

    public String summaryKey() {
        return "verdict." + id + ".summary";
    }
}
