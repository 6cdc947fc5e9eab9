package io.scamcheck.cli;

import io.scamcheck.verdict.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-language floors in the gate file and the dev/held-out split of the figures. */
class EvalGateTest {
    private static Eval.Outcome outcome(String name, String label, String lang, Verdict v) {
        return new Eval.Outcome(new Eval.Row("unwanted/" + name, label, "honeypot", lang), v, null, Set.of(), 1);
    }

    private static Eval.Summary summary(int deFlagged, int deMissed) {
        List<Eval.Outcome> out = new ArrayList<>();
        for (int i = 0; i < deFlagged; i++) {
            out.add(outcome("de-" + i + ".eml", "unwanted", "de", Verdict.SUSPICIOUS));
        }
        for (int i = 0; i < deMissed; i++) {
            out.add(outcome("de-miss-" + i + ".eml", "unwanted", "de", Verdict.NO_SIGNS_FOUND));
        }
        out.add(outcome("ham-1.eml", "ham", "de", Verdict.NO_SIGNS_FOUND));
        return new Eval.Summary(out, 1.0);
    }

    @Test
    void aLanguageFloorIsMetOrMissed(@TempDir Path dir) throws IOException {
        Path gate = dir.resolve("gate.properties");
        Files.writeString(gate, "ham.likely-scam.max=0.01\nunwanted.de.flagged.min=0.80\n");
        assertThat(summary(8, 2).gate(gate)).isEmpty();
        assertThat(summary(7, 3).gate(gate)).singleElement().asString().contains("unwanted de flagged");
    }

    @Test
    void aLanguageWithNoMailMissesItsFloor(@TempDir Path dir) throws IOException {
        Path gate = dir.resolve("gate.properties");
        Files.writeString(gate, "unwanted.nl.flagged.min=0.60\n");
        assertThat(summary(8, 2).gate(gate)).singleElement().asString().contains("unwanted nl flagged");
    }

    @Test
    void filesAreSplitIntoDevAndHeldOutByTheirNamesHashCode() {
        for (String name : List.of("pp-sample-100.eml", "pp-sample-1595.eml", "a.eml", "b.eml")) {
            String half = Eval.Summary.half("unwanted/" + name);
            assertThat(half).isEqualTo(name.hashCode() % 2 == 0 ? "dev" : "held-out");
        }
        Eval.Summary s = summary(3, 1);
        int[] dev = s.counts("unwanted", "lang-half", "de/dev");
        int[] held = s.counts("unwanted", "lang-half", "de/held-out");
        int total = 0;
        for (int i = 0; i < 4; i++) {
            total += dev[i] + held[i];
        }
        assertThat(total).isEqualTo(4);
    }
}
