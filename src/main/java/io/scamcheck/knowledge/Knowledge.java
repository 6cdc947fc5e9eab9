package io.scamcheck.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The data files the detectors use, loaded once from {@code src/main/resources/io/scamcheck/knowledge}.
 * Adding a brand is a change to {@code brands.tsv}, not to code.
 */
public final class Knowledge {
    private static final String ROOT = "/io/scamcheck/knowledge/";
    private static volatile Knowledge standard;

    private static final Pattern CAPITAL_RUN = Pattern.compile("\\p{Lu}{2}");

    private final List<Brand> brands;
    private volatile LookalikeChecker lookalikes;

    private Knowledge(List<Brand> brands) {
        this.brands = List.copyOf(brands);
    }

    /** The knowledge shipped with the program, loaded on first use. */
    public static Knowledge standard() {
        Knowledge k = standard;
        if (k == null) {
            synchronized (Knowledge.class) {
                k = standard;
                if (k == null) {
                    k = new Knowledge(loadBrands());
                    standard = k;
                }
            }
        }
        return k;
    }

    public List<Brand> brands() {
        return brands;
    }

    /** Free webmail services, link shorteners and newsletter click counters (see {@link DomainLists}). */
    public DomainLists domainLists() {
        return DomainLists.standard();
    }

    /** Finds host names made to look like one of {@link #brands()}; built on first use. */
    public LookalikeChecker lookalikes() {
        LookalikeChecker l = lookalikes;
        if (l == null) {
            synchronized (this) {
                l = lookalikes;
                if (l == null) {
                    l = new LookalikeChecker(brands);
                    lookalikes = l;
                }
            }
        }
        return l;
    }

    /**
     * brands.tsv: name, TAB, mention words separated by '|' (matched as whole words, case-insensitive unless
     * the words contain an upper-case letter run like "MS"), TAB, domains separated by spaces.
     */
    private static List<Brand> loadBrands() {
        List<Brand> out = new ArrayList<>();
        readLines("brands.tsv", line -> {
            String[] cols = line.split("\t");
            if (cols.length < 3) {
                throw new IllegalStateException("brands.tsv: expected 3 columns in: " + line);
            }
            String[] words = cols[1].split("\\|");
            StringBuilder re = new StringBuilder("\\b(?:");
            for (int i = 0; i < words.length; i++) {
                if (i > 0) {
                    re.append('|');
                }
                String w = words[i].strip();
                String quoted = Pattern.quote(w).replace(" ", "\\E\\s+\\Q");
                // A run of capitals (MS, DHL, UPS) must be written that way: "ups and downs" is not UPS.
                re.append(CAPITAL_RUN.matcher(w).find() ? "(?-i:" + quoted + ")" : quoted);
            }
            re.append(")\\b");
            List<String> domains = Arrays.stream(cols[2].trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
            out.add(new Brand(cols[0].strip(), Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE), domains));
        });
        return out;
    }

    /** Reads a data file's lines, skipping blank lines and lines starting with '#'. */
    public static void readLines(String file, Consumer<String> each) {
        try (InputStream in = Knowledge.class.getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IllegalStateException("missing data file " + file);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                each.accept(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
