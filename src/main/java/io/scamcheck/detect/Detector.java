package io.scamcheck.detect;

import java.util.List;

/**
 * One check. A detector reads the message through the {@link Analysis} it is given and returns the claims it
 * found, each pointing at exact words. It must be stateless, fast and never throw on odd input; the
 * {@link DetectorRegistry} lists every detector explicitly.
 */
public interface Detector {

    /** A stable name for tests and timings, such as {@code "mac-address"}. */
    String name();

    List<Finding> detect(Analysis analysis);
}
