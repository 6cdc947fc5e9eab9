package io.scamcheck.detect;

import io.scamcheck.i18n.Text;
import io.scamcheck.knowledge.Knowledge;
import io.scamcheck.knowledge.Phrases;
import io.scamcheck.model.Span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * remote-access-request: someone asks you to let them control your computer from far away, either in words
 * ("let our technician connect to your computer") or by naming a remote-control program (AnyDesk,
 * TeamViewer...) with a request to download, install, open or connect in the same sentence. A program's name
 * alone is not enough, and the makers' own mail about their programs does not count.
 */
public final class RemoteAccessDetector implements Detector {
    private static final Phrases REQUESTS = Phrases.load("remote-access");
    /** Requests and tool names in one list, so that the message is read once. */
    private static final Phrases EITHER = Phrases.combined("remote-access-and-tools", "remote-access", "remote-tools");
    private static final Phrases ACTIONS = Phrases.load("remote-actions");
    private static final Set<String> VENDORS = loadVendors();

    private static Set<String> loadVendors() {
        Set<String> out = new HashSet<>();
        Knowledge.readLines("remote-tool-vendors.txt", l -> out.add(l.strip().toLowerCase(Locale.ROOT)));
        return Set.copyOf(out);
    }

    @Override
    public String name() {
        return "remote-access";
    }

    @Override
    public List<Finding> detect(Analysis analysis) {
        String text = analysis.text();
        List<Span> spans = new ArrayList<>();
        List<String> tools = new ArrayList<>();
        boolean vendor = fromVendor(analysis);
        for (Span s : analysis.findInSubjectAndBody(EITHER)) {
            if (Sentences.isReported(analysis, s)) {
                continue;
            }
            if (matchesExactly(analysis, REQUESTS, s)) {
                spans.add(s);
                continue;
            }
            if (vendor) {
                continue;
            }
            Span sentence = Sentences.around(analysis, s, 160);
            List<Span> near = analysis.find(ACTIONS, sentence.start(), sentence.end()).stream()
                    .filter(a -> !a.overlaps(s)).toList();
            if (!near.isEmpty()) {
                spans.add(s);
                spans.addAll(near);
                String name = analysis.textOf(s).replaceAll("\\s+", " ");
                if (tools.stream().noneMatch(name::equalsIgnoreCase)) {
                    tools.add(name);
                }
            }
        }
        if (spans.isEmpty()) {
            return List.of();
        }
        Finding.Builder b = Finding.of(Kind.REMOTE_ACCESS_REQUEST).spans(Spans.merged(spans, analysis.text()));
        if (!tools.isEmpty()) {
            b.fact(Text.of("fact.remote-access-request.tool", String.join(", ", tools)));
            b.evidence(Text.of("evidence.remote-access-request.tool", String.join(", ", tools)));
        }
        if (isReplyInConversation(analysis)) {
            // A reply in a conversation the reader may have started with a real help desk: still worth a
            // warning, but less sure.
            b.severity(Severity.WARNING).fact(Text.of("fact.remote-access-request.reply"));
        }
        return List.of(b.build());
    }

    /** Whether the list has a match starting where the span starts (so the span is one of its phrases). */
    private static boolean matchesExactly(Analysis analysis, Phrases list, Span span) {
        return analysis.find(list, span.start(), span.end()).stream().anyMatch(s -> s.start() == span.start());
    }

    private static boolean fromVendor(Analysis analysis) {
        return analysis.email().from().map(a -> {
            String d = a.domain();
            return VENDORS.stream().anyMatch(v -> d.equals(v) || d.endsWith("." + v));
        }).orElse(false);
    }

    private static boolean isReplyInConversation(Analysis analysis) {
        return analysis.email().header("In-Reply-To").isPresent()
                || analysis.email().header("References").isPresent();
    }
}
