package io.scamcheck.detect.seed;

import io.scamcheck.detect.Analysis;
import io.scamcheck.detect.Detector;
import io.scamcheck.detect.Finding;
import io.scamcheck.detect.Kind;
import io.scamcheck.detect.StartFinder;
import io.scamcheck.i18n.Text;
import io.scamcheck.knowledge.Knowledge;
import io.scamcheck.knowledge.PhraseList;
import io.scamcheck.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cites a law that does not exist or is misnamed ("Information Technology Act of 1996": India's law of that
 * name is from 2000, and the United States has none). Quoting made-up laws is a way to sound official.
 *
 * <p>The data file {@code knowledge/laws.tsv} lists distinctive names of real laws with their years, names
 * that do not exist, and patterns of misnamed citations. A law the file does not know is never reported,
 * and a real law cited with its right year is left alone.
 */
public final class FakeLawDetector implements Detector {
    private static final Pattern ACT = Pattern.compile("\\bAct\\b");
    /** The year right after "Act": "Act of 1996", "Act 2000", "Act, 2000", "Act (2000)". */
    private static final Pattern YEAR_AFTER = Pattern.compile(
            "\\G[ \\t]{0,2}(?:of[ \\t]{1,2}|,[ \\t]{0,2}|\\([ \\t]{0,2})?((?:1[89]|20)\\d{2})\\b");
    /** Words before the name that do not change which law it is. */
    private static final Set<String> CONNECTORS = Set.of("of", "and", "the", "for", "on", "to", "in", "&",
            "from", "against");
    private static final int MAX_WORDS = 12;
    private static final int MAX_CITATIONS = 100;

    /** One known name: its years when real (empty when the name does not exist), and an extra fact. */
    record Law(String name, boolean real, Set<Integer> years, String factKey) {
    }

    /**
     * A name a real law never has. Matched as a one-line phrase list, so a long message is only searched near
     * the words the name must contain; a match counts only where a word starts.
     */
    record MisnamedPattern(PhraseList phrases, String factKey) {
    }

    private final Map<String, Law> laws;
    private final List<MisnamedPattern> patterns;

    public FakeLawDetector() {
        this(loadLines());
    }

    /** For tests: a table in the format of laws.tsv. */
    FakeLawDetector(List<String> lines) {
        Map<String, Law> byName = new HashMap<>();
        List<MisnamedPattern> pats = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t");
            if (c.length < 3) {
                throw new IllegalStateException("laws.tsv: expected at least 3 columns in: " + line);
            }
            String fact = c.length > 3 && !c[3].isBlank() ? c[3].strip() : null;
            switch (c[0].strip()) {
                case "real", "fake" -> {
                    Set<Integer> years = new LinkedHashSet<>();
                    for (String y : c[2].strip().split("\\s+")) {
                        if (y.matches("\\d{4}")) {
                            years.add(Integer.parseInt(y));
                        }
                    }
                    boolean real = c[0].strip().equals("real");
                    byName.put(normalize(c[1]), new Law(c[1].strip(), real, years, fact));
                }
                case "pattern" -> {
                    Pattern.compile(c[1].strip()); // a bad line fails here, at start-up
                    pats.add(new MisnamedPattern(PhraseList.shared("laws", "en", List.of(c[1].strip())), fact));
                }
                default -> throw new IllegalStateException("laws.tsv: unknown line type in: " + line);
            }
        }
        this.laws = Map.copyOf(byName);
        this.patterns = List.copyOf(pats);
    }

    private static List<String> loadLines() {
        List<String> lines = new ArrayList<>();
        Knowledge.readLines("laws.tsv", lines::add);
        return lines;
    }

    @Override
    public String name() {
        return "fake-law";
    }

    @Override
    public List<Finding> detect(Analysis analysis) {
        String text = analysis.text();
        int body = analysis.email().bodyStart();
        List<Span> spans = new ArrayList<>();
        Set<Text> facts = new LinkedHashSet<>();
        List<Text> evidence = new ArrayList<>();
        List<Span> regions = new ArrayList<>();
        analysis.email().headerSpan("Subject").ifPresent(regions::add);
        regions.add(new Span(body, text.length()));
        for (Span region : regions) {
            StartFinder f = StartFinder.startingWith(ACT, text, region.start(), region.end(), "Act");
            Matcher act = f.matcher();
            int n = 0;
            while (f.find() && n++ < MAX_CITATIONS) {
                check(text, region.start(), act.start(), act.end(), spans, facts, evidence);
            }
            for (MisnamedPattern p : patterns) {
                for (Span m : p.phrases().find(text, region.start(), region.end())) {
                    if (spans.size() >= MAX_CITATIONS) {
                        break;
                    }
                    if (!Context.startsWord(text, m.start())) {
                        continue;
                    }
                    spans.add(m);
                    if (p.factKey() != null) {
                        facts.add(Text.of(p.factKey()));
                    }
                    evidence.add(Text.of("evidence.law-misnamed", m.textOf(text)));
                }
            }
        }
        if (spans.isEmpty()) {
            return List.of();
        }
        Finding.Builder b = Finding.of(Kind.FAKE_LAW).spans(spans);
        facts.forEach(b::fact);
        evidence.forEach(b::evidence);
        return List.of(b.build());
    }

    /** Reads the name before "Act" and the year after it, and reports it when the table says so. */
    private void check(String text, int lower, int actStart, int actEnd, List<Span> spans, Set<Text> facts,
                       List<Text> evidence) {
        List<int[]> words = wordsBefore(text, lower, actStart);
        // Try the longest name first, then drop words from the front: "Under Information Technology Act"
        // is the "Information Technology Act". A name the table does not know is not reported.
        for (int[] firstWord : words) {
            String name = text.substring(firstWord[0], actEnd);
            Law law = laws.get(normalize(name));
            if (law == null) {
                continue;
            }
            Matcher y = YEAR_AFTER.matcher(text);
            y.region(actEnd, Math.min(text.length(), actEnd + 12));
            Integer year = y.find() ? Integer.valueOf(y.group(1)) : null;
            int end = year != null ? y.end(1) : actEnd;
            String cited = text.substring(firstWord[0], end).replaceAll("\\s+", " ");
            if (!law.real()) {
                spans.add(new Span(firstWord[0], end));
                facts.add(Text.of(law.factKey() != null ? law.factKey() : "fact.law.no-such-law"));
                evidence.add(Text.of("evidence.law-unknown", cited));
            } else if (year != null && !law.years().contains(year)) {
                spans.add(new Span(firstWord[0], end));
                String years = law.years().stream().map(String::valueOf).reduce((a, c) -> a + ", " + c)
                        .orElse("");
                facts.add(Text.of("fact.law.wrong-year", law.name(), years, String.valueOf(year)));
                if (law.factKey() != null) {
                    facts.add(Text.of(law.factKey()));
                }
                evidence.add(Text.of("evidence.law-wrong-year", cited, years));
            }
            return;
        }
    }

    /**
     * The words right before "Act" that can be part of a law's name: capitalised words and the small words
     * between them ("Computer Fraud and Abuse"), a few spaces or a line break apart, at most {@link #MAX_WORDS}. In
     * reading order, as [start, end) pairs.
     */
    private static List<int[]> wordsBefore(String text, int lower, int actStart) {
        List<int[]> out = new ArrayList<>();
        int i = actStart;
        while (out.size() < MAX_WORDS) {
            int j = i;
            while (j > lower && i - j < 4 && Character.isWhitespace(text.charAt(j - 1))) {
                j--;
            }
            if (j == i || j <= lower) {
                break;
            }
            int end = j;
            while (j > lower && isNameChar(text.charAt(j - 1))) {
                j--;
            }
            if (j == end) {
                break;
            }
            String w = text.substring(j, end);
            boolean capital = Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0));
            if (!capital && !CONNECTORS.contains(w.toLowerCase(Locale.ROOT))) {
                break;
            }
            out.add(0, new int[]{j, end});
            i = j;
        }
        // A name does not start with a small word: "of Information Technology" is "Information Technology".
        while (!out.isEmpty() && CONNECTORS.contains(text.substring(out.get(0)[0], out.get(0)[1])
                .toLowerCase(Locale.ROOT))) {
            out.remove(0);
        }
        return out;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '\u2019' || c == '.' || c == '&';
    }

    static String normalize(String name) {
        return name.strip().replace('\u2019', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
