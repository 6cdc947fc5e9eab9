package io.scamcheck.detect;

import io.scamcheck.model.Email;
import io.scamcheck.verdict.VerdictResult;

import java.util.List;

/** The whole answer for one message: what was read, what was found, and the verdict. */
public record Report(Email email, List<Finding> findings, VerdictResult verdict) {
}
